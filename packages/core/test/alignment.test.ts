// Who stands with whom: for each pair of holders, the issues on which they
// take the same side and those on which they take opposite sides (the
// congruence and conflict networks of discourse network analysis), read
// from the current positions, with the statements behind each.
import { isLeft } from 'fp-ts/lib/Either.js';
import { alignmentList, analysis, contradictionList, openMemoryStore, positionList, positions, project, replay, statementMade } from '@stancelog/core';
import type { AlignmentView, AsOf, EventStore, NewEvent, Statement, StoredEvent } from '@stancelog/core';
import { registryEvents } from '../../../examples/ukraine-2025/src/registry.js';
import { statementEvents } from '../../../examples/ukraine-2025/src/statements.js';

type Said = Partial<Statement> & Pick<Statement, 'holder' | 'issue' | 'kind' | 'polarity'>;
const said = (over: Said): NewEvent => statementMade({ statedAt: '2025-03-11', source: { quote: `${over.holder} ${over.kind} ${over.issue}`, publisher: 'Wire' }, ...over });

async function logged(...events: NewEvent[]): Promise<{ store: EventStore; events: StoredEvent[] }> {
  const store = openMemoryStore();
  const r = await store.append(events);
  if (isLeft(r)) throw new Error(r.left.message);
  return { store, events: [...r.right.appended] };
}

async function aligned(...events: NewEvent[]): Promise<{ views: AlignmentView[]; events: StoredEvent[] }> {
  const log = await logged(...events);
  return { views: alignmentList(replay(positions(), log.events)), events: log.events };
}

/** Each pair as `a+b score agree / disagree`. */
const told = (views: ReadonlyArray<AlignmentView>): string[] => views.map((v) => `${v.actors.join('+')} ${v.score} ${v.agree.join(',')} / ${v.disagree.join(',')}`);

describe('alignment', () => {
  it('counts an issue on which two holders take the same side, + or -, as agreement, with both statements as evidence', async () => {
    const { views, events } = await aligned(
      said({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+' }),
      said({ holder: 'germany', issue: 'ceasefire', kind: 'support', polarity: '+' }),
      said({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'red-line', polarity: '-' }),
      said({ holder: 'germany', issue: 'territorial-concessions', kind: 'reject', polarity: '-' }),
    );
    expect(told(views)).toEqual(['germany+ukraine 1 ceasefire,territorial-concessions / ']);
    expect(views[0]!.evidence).toEqual([
      { issue: 'ceasefire', statements: [events[1]!.id, events[0]!.id] },
      { issue: 'territorial-concessions', statements: [events[3]!.id, events[2]!.id] },
    ]);
  });

  it('counts opposite stances as disagreement, and scores a pair (agree - disagree) / (agree + disagree)', async () => {
    const { views } = await aligned(
      said({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+' }),
      said({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' }),
      said({ holder: 'ukraine', issue: 'nato-membership', kind: 'demand', polarity: '+' }),
      said({ holder: 'russia', issue: 'nato-membership', kind: 'red-line', polarity: '-' }),
      said({ holder: 'ukraine', issue: 'prisoner-exchange', kind: 'support', polarity: '+' }),
      said({ holder: 'russia', issue: 'prisoner-exchange', kind: 'accept', polarity: '+' }),
    );
    expect(told(views)).toEqual([`russia+ukraine ${(1 - 2) / 3} prisoner-exchange / ceasefire,nato-membership`]);
    expect(views[0]!.evidence.map((e) => e.issue)).toEqual(['ceasefire', 'nato-membership', 'prisoner-exchange']);
  });

  it('counts a hedge or a retraction (a stance of 0) as neither, and lists no pair that shares only such stances', async () => {
    const { views } = await aligned(
      said({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+' }),
      said({ holder: 'germany', issue: 'ceasefire', kind: 'hedge', polarity: '0' }),
      said({ holder: 'ukraine', issue: 'peace-talks', kind: 'propose', polarity: '+' }),
      said({ holder: 'germany', issue: 'peace-talks', kind: 'support', polarity: '+', statedAt: '2025-03-01' }),
      said({ holder: 'germany', issue: 'peace-talks', kind: 'retract', polarity: '+' }),
      said({ holder: 'ukraine', issue: 'sanctions', kind: 'demand', polarity: '+' }),
      said({ holder: 'france', issue: 'sanctions', kind: 'hedge', polarity: '0' }),
      said({ holder: 'ukraine', issue: 'security-guarantees', kind: 'demand', polarity: '+' }),
      said({ holder: 'germany', issue: 'security-guarantees', kind: 'support', polarity: '+' }),
    );
    // Germany hedged on the ceasefire and withdrew its support for talks: one issue shared, not three; France none.
    expect(told(views)).toEqual(['germany+ukraine 1 security-guarantees / ']);
    expect(views[0]!.evidence.map((e) => e.issue)).toEqual(['security-guarantees']);
  });

  it("counts a stance that rests on a third party's report, unless firstHandOnly leaves it out", async () => {
    const { views, events } = await aligned(
      said({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+' }),
      said({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' }),
      // Russia's stance on talks only as Washington tells it.
      said({ holder: 'russia', issue: 'peace-talks', kind: 'accept', polarity: '+', speaker: { name: 'Donald Trump', actor: 'united-states' } }),
      said({ holder: 'ukraine', issue: 'peace-talks', kind: 'propose', polarity: '+' }),
    );
    expect(told(views)).toEqual(['russia+ukraine 0 peace-talks / ceasefire']);
    expect(views[0]!.evidence[1]).toEqual({ issue: 'peace-talks', statements: [events[2]!.id, events[3]!.id] });
    const state = replay(positions(), events);
    expect(told(alignmentList(state, { firstHandOnly: true }))).toEqual(['russia+ukraine -1  / ceasefire']);
  });

  it("counts with firstHandOnly a stance the holder's own words back, though a later report restating it is its current statement", async () => {
    const { events } = await logged(
      said({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11' }),
      said({ holder: 'united-kingdom', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11' }),
      // Two months on, past the 30 days its own word outweighs reports: Berlin's account sets the stance, and agrees.
      said({ holder: 'ukraine', issue: 'ceasefire', kind: 'support', polarity: '+', statedAt: '2025-05-20', speaker: { name: 'Friedrich Merz', actor: 'germany' } }),
      // Russia's turn, as Washington tells it, long after Moscow's own refusal: no word of Moscow's backs it.
      said({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13' }),
      said({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-05-20', speaker: { name: 'Donald Trump', actor: 'united-states' } }),
    );
    const state = replay(positions(), events);
    expect(positionList(state, { holder: 'ukraine' }).map((v) => [v.reported, v.statements.length])).toEqual([[true, 2]]);
    expect(told(alignmentList(state))).toEqual(['russia+ukraine 1 ceasefire / ', 'russia+united-kingdom 1 ceasefire / ', 'ukraine+united-kingdom 1 ceasefire / ']);
    const firstHand = alignmentList(state, { firstHandOnly: true });
    expect(told(firstHand)).toEqual(['ukraine+united-kingdom 1 ceasefire / ']);
    // The evidence is Kyiv's own demand, not Berlin's report of it.
    expect(firstHand[0]!.evidence).toEqual([{ issue: 'ceasefire', statements: [events[0]!.id, events[1]!.id] }]);
  });

  it('weighs the current stance: a reversal moves the pair from agreement to disagreement, its statement the evidence', async () => {
    const { store, events } = await logged(
      said({ holder: 'ukraine', issue: 'peace-talks', kind: 'propose', polarity: '+', statedAt: '2025-05-11' }),
      said({ holder: 'russia', issue: 'peace-talks', kind: 'propose', polarity: '+', statedAt: '2025-05-11' }),
      said({ holder: 'russia', issue: 'peace-talks', kind: 'reject', polarity: '-', statedAt: '2025-06-02' }),
    );
    const at = async (asOf?: AsOf): Promise<AlignmentView[]> => {
      const r = await project(store, analysis(), asOf === undefined ? {} : { asOf });
      if (isLeft(r)) throw new Error(r.left.message);
      return alignmentList(r.right.state);
    };
    expect(told(await at())).toEqual(['russia+ukraine -1  / peace-talks']);
    expect((await at())[0]!.evidence).toEqual([{ issue: 'peace-talks', statements: [events[2]!.id, events[0]!.id] }]);
    // As of the end of May (valid time), before Moscow turned; before either spoke, nothing.
    expect(told(await at({ validTime: '2025-05-31' }))).toEqual(['russia+ukraine 1 peace-talks / ']);
    expect((await at({ validTime: '2025-05-31' }))[0]!.evidence).toEqual([{ issue: 'peace-talks', statements: [events[1]!.id, events[0]!.id] }]);
    expect(await at({ validTime: '2025-05-10' })).toEqual([]);
  });

  it('takes the state of an analysis or of positions alone, frozen or not, alike', async () => {
    const { events } = await logged(
      said({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+' }),
      said({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' }),
    );
    const expected = alignmentList(replay(positions(), events));
    expect(alignmentList(replay(analysis(), events))).toEqual(expected);
    expect(alignmentList(replay(analysis(), events, { freeze: true }))).toEqual(expected);
  });

  describe('filters', () => {
    const log = (): Promise<{ events: StoredEvent[] }> =>
      logged(
        said({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+' }),
        said({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-' }),
        said({ holder: 'germany', issue: 'ceasefire', kind: 'support', polarity: '+' }),
        said({ holder: 'ukraine', issue: 'sanctions', kind: 'demand', polarity: '+' }),
        said({ holder: 'germany', issue: 'sanctions', kind: 'reject', polarity: '-' }),
      );

    it('keeps, for a holder, only the pairs of which it is one', async () => {
      const state = replay(positions(), (await log()).events);
      expect(told(alignmentList(state, { holder: 'germany' }))).toEqual(['germany+ukraine 0 ceasefire / sanctions', 'germany+russia -1  / ceasefire']);
      // Between the others by id, it comes second in one pair and first in the other.
      expect(told(alignmentList(state, { holder: 'russia' }))).toEqual(['germany+russia -1  / ceasefire', 'russia+ukraine -1  / ceasefire']);
    });

    it('weighs, for an issue, that issue alone', async () => {
      const state = replay(positions(), (await log()).events);
      expect(told(alignmentList(state, { issue: 'ceasefire' }))).toEqual(['germany+ukraine 1 ceasefire / ', 'germany+russia -1  / ceasefire', 'russia+ukraine -1  / ceasefire']);
      expect(told(alignmentList(state, { issue: 'sanctions', holder: 'ukraine' }))).toEqual(['germany+ukraine -1  / sanctions']);
    });

    it('lists nothing for a holder or an issue nothing names (a query, not a check)', async () => {
      const state = replay(positions(), (await log()).events);
      expect(alignmentList(state, { holder: 'rusia' })).toEqual([]);
      expect(alignmentList(state, { issue: 'ceasfire' })).toEqual([]);
      expect(alignmentList(positions().initial())).toEqual([]);
    });
  });

  it('orders the pairs by score, highest first, then by the issues they share, most first, then by their ids', async () => {
    const { views } = await aligned(
      // a+b agree on two issues and b+c on one (both 1, a+b first); e+f half and half (0); a+d and a+c opposed on one each (-1, by id).
      said({ holder: 'b', issue: 'i3', kind: 'support', polarity: '+' }),
      said({ holder: 'c', issue: 'i3', kind: 'support', polarity: '+' }),
      said({ holder: 'a', issue: 'i1', kind: 'support', polarity: '+' }),
      said({ holder: 'b', issue: 'i1', kind: 'support', polarity: '+' }),
      said({ holder: 'a', issue: 'i2', kind: 'reject', polarity: '-' }),
      said({ holder: 'b', issue: 'i2', kind: 'reject', polarity: '-' }),
      said({ holder: 'e', issue: 'i6', kind: 'support', polarity: '+' }),
      said({ holder: 'f', issue: 'i6', kind: 'support', polarity: '+' }),
      said({ holder: 'e', issue: 'i7', kind: 'support', polarity: '+' }),
      said({ holder: 'f', issue: 'i7', kind: 'reject', polarity: '-' }),
      said({ holder: 'd', issue: 'i4', kind: 'reject', polarity: '-' }),
      said({ holder: 'a', issue: 'i4', kind: 'support', polarity: '+' }),
      said({ holder: 'c', issue: 'i5', kind: 'reject', polarity: '-' }),
      said({ holder: 'a', issue: 'i5', kind: 'support', polarity: '+' }),
    );
    expect(told(views)).toEqual(['a+b 1 i1,i2 / ', 'b+c 1 i3 / ', 'e+f 0 i6 / i7', 'a+c -1  / i5', 'a+d -1  / i4']);
  });

  it('orders the pairs of equal score by the issues they share before their ids', async () => {
    const { views } = await aligned(
      said({ holder: 'a', issue: 'i1', kind: 'support', polarity: '+' }),
      said({ holder: 'z', issue: 'i1', kind: 'support', polarity: '+' }),
      said({ holder: 'y', issue: 'i1', kind: 'support', polarity: '+' }),
      said({ holder: 'y', issue: 'i2', kind: 'support', polarity: '+' }),
      said({ holder: 'z', issue: 'i2', kind: 'support', polarity: '+' }),
    );
    expect(told(views)).toEqual(['y+z 1 i1,i2 / ', 'a+y 1 i1 / ', 'a+z 1 i1 / ']);
  });

  it('takes ids such as __proto__ and constructor as ordinary ids', async () => {
    const { views } = await aligned(
      said({ holder: '__proto__', issue: 'constructor', kind: 'support', polarity: '+' }),
      said({ holder: 'constructor', issue: 'constructor', kind: 'support', polarity: '+' }),
      said({ holder: '__proto__', issue: '__proto__', kind: 'support', polarity: '+' }),
      said({ holder: 'constructor', issue: '__proto__', kind: 'reject', polarity: '-' }),
      said({ holder: 'hasownproperty', issue: '__proto__', kind: 'reject', polarity: '-' }),
    );
    expect(told(views)).toEqual(['constructor+hasownproperty 1 __proto__ / ', '__proto__+constructor 0 constructor / __proto__', '__proto__+hasownproperty -1  / __proto__']);
  });

  it("sets Russia and Ukraine against each other, in the Ukraine demo, on every issue their open incompatibilities name", async () => {
    const { store } = await logged(...registryEvents, ...statementEvents);
    const r = await project(store, analysis());
    if (isLeft(r)) throw new Error(r.left.message);
    const clashes = contradictionList(r.right.state, { type: 'incompatible', status: 'open' }).filter((c) => c.actors.includes('russia') && c.actors.includes('ukraine'));
    const issues = [...new Set(clashes.flatMap((c) => c.issues))].sort();
    // K1, K2, K3 and K5 of the demo's expectations (examples/ukraine-2025/src/expected.ts) among them.
    expect(issues).toEqual(expect.arrayContaining(['ceasefire', 'nato-membership', 'talks-format', 'territorial-concessions']));
    const pair = alignmentList(r.right.state, { holder: 'russia' }).find((a) => a.actors.join('+') === 'russia+ukraine')!;
    expect(pair.disagree).toEqual(expect.arrayContaining(issues));
    expect(pair.score).toBeLessThan(0);
    // The evidence on each issue: a statement of each side's current stance, Russia's first.
    for (const e of pair.evidence) {
      const [russia, ukraine] = ['russia', 'ukraine'].map((holder) => positionList(r.right.state, { holder, issue: e.issue })[0]!.statements);
      expect([russia, ukraine].map((ids, i) => ids!.includes(e.statements[i]!))).toEqual([true, true]);
    }
  });
});
