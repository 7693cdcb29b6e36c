// A contradiction's summary names actors and issues by id ("russia demand
// ceasefire (-) against ukraine ..."): a page that shows "Russia (red line:
// -)" in the registry's names reads its sides from `contradictionSides`
// rather than parse the summary (a review's finding, from a developer
// building a dashboard on the core).
import { isLeft } from 'fp-ts/lib/Either.js';
import {
  analysis,
  combine,
  contradictionList,
  contradictionSides,
  eventWithdrawn,
  follow,
  openMemoryStore,
  positions,
  project,
  readAll,
  registry,
  replay,
  statementMade,
  statementOf,
  statements,
} from '@stancelog/core';
import type { AnalysisState, ContradictionSides, EventStore, NewEvent, Statement, StoredEvent } from '@stancelog/core';

const said = (over: Partial<Statement> & Pick<Statement, 'holder' | 'issue' | 'kind' | 'polarity' | 'statedAt'>): NewEvent =>
  statementMade({ source: { quote: `${over.holder} on ${over.issue}`, publisher: 'Wire' }, ...over });

async function append(store: EventStore, events: NewEvent[]): Promise<StoredEvent[]> {
  const r = await store.append(events);
  if (isLeft(r)) throw new Error(r.left.message);
  return [...r.right.appended];
}

async function analysed(store: EventStore): Promise<AnalysisState> {
  const r = await project(store, analysis());
  if (isLeft(r)) throw new Error(r.left.message);
  return r.right.state;
}

/** Each side as a page would print it, its stances `kind polarity date`. */
const told = (sides: ContradictionSides): string[] => sides.actors.map((a) => `${a.name}: ${a.stances.map((s) => `${s.kind} ${s.issue} (${s.polarity}) ${s.stated}`).join(', ')}`);

describe("a contradiction's sides", () => {
  it('names each actor of a clash as the registry names it, and a provisional one by its id, each with its stance, date and statement', async () => {
    const store = openMemoryStore();
    const [, , demand, redLine] = await append(store, [
      { type: 'actor-registered', data: { id: 'russia', kind: 'state', name: 'Russian Federation', aliases: ['Moscow', 'Kremlin'] } },
      { type: 'issue-defined', data: { id: 'ceasefire', title: 'Ceasefire', proposition: 'a general ceasefire takes effect' } },
      said({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11' }),
      said({ holder: 'russia', issue: 'ceasefire', kind: 'red-line', polarity: '-', statedAt: '2025-03-13' }),
    ]);
    const state = await analysed(store);
    const [clash] = contradictionList(state);
    // The summary still names them by id.
    expect(clash!.summary).toBe('russia red-line ceasefire (-) against ukraine demand ceasefire (+)');
    expect(contradictionSides(state, clash!)).toEqual({
      actors: [
        {
          id: 'russia',
          name: 'Russian Federation',
          provisional: false,
          stances: [{ statement: redLine!.id, issue: 'ceasefire', kind: 'red-line', polarity: '-', firmKind: 'red-line', conditions: [], stated: '2025-03-13', speaker: null, reportedBy: null }],
        },
        {
          // Only a statement named Ukraine: its id is its name.
          id: 'ukraine',
          name: 'ukraine',
          provisional: true,
          stances: [{ statement: demand!.id, issue: 'ceasefire', kind: 'demand', polarity: '+', firmKind: 'demand', conditions: [], stated: '2025-03-11', speaker: null, reportedBy: null }],
        },
      ],
      issues: [{ id: 'ceasefire', title: 'Ceasefire', proposition: 'a general ceasefire takes effect', provisional: false }],
      unplaced: [],
    });
  });

  it('names an actor as registered last, whenever that was, and by its id when a log written before blank names were refused gave it none', async () => {
    const store = openMemoryStore();
    await append(store, [
      said({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11' }),
      said({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13' }),
      // Registered after the clash was found, then renamed; an alias is no name.
      { type: 'actor-registered', data: { id: 'ukraine', kind: 'state', name: 'Ukrainia' } },
      { type: 'actor-registered', data: { id: 'ukraine', kind: 'state', name: 'Ukraine' } },
      { type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } },
    ]);
    const events = await readAll(store);
    const state = replay(analysis(), events);
    const [clash] = contradictionList(state);
    expect(contradictionSides(state, clash!).actors.map((a) => [a.name, a.provisional])).toEqual([
      ['russia', true],
      ['Ukraine', false],
    ]);
    // An older log's blank name (appending one is refused today), read as it is: a page shows the id.
    const blank = { ...events[2]!, id: 'blank', position: events.length + 1, data: { id: 'russia', kind: 'state', name: ' ' } } as StoredEvent;
    const older = replay(analysis(), [...events, blank]);
    expect(contradictionSides(older, clash!).actors.map((a) => [a.name, a.provisional])).toEqual([
      ['russia', false],
      ['Ukraine', false],
    ]);
  });

  it('gives a reversal one side, its one holder, with the stance turned from and the one turned to, oldest first', async () => {
    const store = openMemoryStore();
    const [rejects, accepts] = await append(store, [
      said({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13' }),
      said({ holder: 'russia', issue: 'ceasefire', kind: 'accept', polarity: '+', statedAt: '2025-03-30', speaker: { name: 'Dmitry Peskov', actor: 'russia' } }),
      { type: 'actor-registered', data: { id: 'russia', kind: 'state', name: 'Russia' } },
    ]);
    const state = await analysed(store);
    const [turn] = contradictionList(state, { type: 'reversal' });
    expect(turn!.summary).toBe('russia went from reject (-) to accept (+) on ceasefire');
    const sides = contradictionSides(state, turn!);
    expect(told(sides)).toEqual(['Russia: reject ceasefire (-) 2025-03-13, accept ceasefire (+) 2025-03-30']);
    expect(sides.actors[0]!.stances.map((s) => [s.statement, s.speaker])).toEqual([
      [rejects!.id, null],
      [accepts!.id, 'Dmitry Peskov'],
    ]);
    // Listed the other way round, the sides keep the order of the stances' dates.
    expect(contradictionSides(state, { ...turn!, statements: [...turn!.statements].reverse() })).toEqual(sides);
  });

  it('gives a circular precondition of three holders three sides, each with the condition it set, and every issue of the cycle with its title', async () => {
    const store = openMemoryStore();
    const condition = (holder: string, issue: string, first: string, statedAt: string) =>
      said({ holder, issue, kind: 'condition', polarity: '+', conditions: [{ issue: first, polarity: '+' }], statedAt });
    await append(store, [
      { type: 'actor-registered', data: { id: 'turkey', kind: 'state', name: 'Türkiye' } },
      { type: 'issue-defined', data: { id: 'peace-talks', title: 'Peace talks', proposition: 'direct talks begin' } },
      { type: 'issue-defined', data: { id: 'prisoner-exchange', title: 'Prisoner exchange', proposition: 'all prisoners are exchanged' } },
      condition('ukraine', 'peace-talks', 'ceasefire', '2025-04-01'),
      condition('russia', 'ceasefire', 'prisoner-exchange', '2025-04-02'),
      condition('turkey', 'prisoner-exchange', 'peace-talks', '2025-04-03'),
    ]);
    const state = await analysed(store);
    const [cycle] = contradictionList(state, { type: 'circular-precondition' });
    const sides = contradictionSides(state, cycle!);
    expect(sides.actors.map((a) => [a.name, a.stances.map((s) => [s.issue, s.kind, s.polarity, s.conditions])])).toEqual([
      ['russia', [['ceasefire', 'condition', '+', [{ issue: 'prisoner-exchange', polarity: '+' }]]]],
      ['Türkiye', [['prisoner-exchange', 'condition', '+', [{ issue: 'peace-talks', polarity: '+' }]]]],
      ['ukraine', [['peace-talks', 'condition', '+', [{ issue: 'ceasefire', polarity: '+' }]]]],
    ]);
    expect(sides.issues.map((i) => [i.id, i.title, i.provisional])).toEqual([
      ['ceasefire', 'ceasefire', true],
      ['peace-talks', 'Peace talks', false],
      ['prisoner-exchange', 'Prisoner exchange', false],
    ]);
    expect(sides.unplaced).toEqual([]);
  });

  it('takes in every restatement an open clash took in, and says how firm each left the stance: a red line restated as a rejection stays a red line', async () => {
    const store = openMemoryStore();
    await append(store, [
      { type: 'actor-registered', data: { id: 'european-union', kind: 'bloc', name: 'European Union' } },
      said({ holder: 'russia', issue: 'sanctions-relief', kind: 'demand', polarity: '+', statedAt: '2025-03-01' }),
      said({ holder: 'european-union', issue: 'sanctions-relief', kind: 'red-line', polarity: '-', statedAt: '2025-03-02' }),
      said({ holder: 'european-union', issue: 'sanctions-relief', kind: 'reject', polarity: '-', statedAt: '2025-03-05' }),
    ]);
    const state = await analysed(store);
    const [clash] = contradictionList(state);
    expect(clash!.summary).toBe('european-union red-line sanctions-relief (-) against russia demand sanctions-relief (+)');
    const [eu, russia] = contradictionSides(state, clash!).actors;
    expect(eu!.stances.map((s) => [s.kind, s.firmKind, s.stated])).toEqual([
      ['red-line', 'red-line', '2025-03-02'],
      ['reject', 'red-line', '2025-03-05'],
    ]);
    expect(russia!.stances.map((s) => [s.kind, s.firmKind])).toEqual([['demand', 'demand']]);
  });

  it("says whose account a stance is when a third party reported it, named as the registry names that party", async () => {
    const store = openMemoryStore();
    await append(store, [
      { type: 'actor-registered', data: { id: 'germany', kind: 'state', name: 'Germany' } },
      said({ holder: 'russia', issue: 'territorial-concessions', kind: 'demand', polarity: '+', statedAt: '2025-05-16' }),
      said({ holder: 'ukraine', issue: 'territorial-concessions', kind: 'red-line', polarity: '-', statedAt: '2025-05-20', speaker: { name: 'Friedrich Merz', actor: 'germany' } }),
    ]);
    const state = await analysed(store);
    const [clash] = contradictionList(state);
    const [russia, ukraine] = contradictionSides(state, clash!).actors;
    expect(russia!.stances[0]!.reportedBy).toBeNull();
    expect([ukraine!.stances[0]!.speaker, ukraine!.stances[0]!.reportedBy]).toEqual(['Friedrich Merz', { id: 'germany', name: 'Germany', provisional: false }]);
  });

  it('never finds a withdrawn statement in a contradiction of the state; a view kept from before the withdrawal leaves it unplaced', async () => {
    const store = openMemoryStore();
    const [demands, rejects, restates] = await append(store, [
      said({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11' }),
      said({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13' }),
      said({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-20' }),
    ]);
    const before = await analysed(store);
    const [kept] = contradictionList(before);
    expect(kept!.statements).toContain(rejects!.id);
    await append(store, [eventWithdrawn(rejects!.id, 'misattributed: it was Belarus')]);
    const after = await analysed(store);
    // The clash stands on Russia's later word: its statements, and so its sides, leave the withdrawn one out.
    const [clash] = contradictionList(after);
    expect(clash!.statements).not.toContain(rejects!.id);
    const sides = contradictionSides(after, clash!);
    expect([sides.actors[0]!.stances.map((s) => s.statement), sides.unplaced]).toEqual([[restates!.id], []]);
    // The view a page still shows from before names Russia's withdrawn word, which is nobody's stance now: Russia's side
    // is shown with no stance, the statement unplaced.
    const stale = contradictionSides(after, kept!);
    expect(kept!.statements).not.toContain(restates!.id);
    expect([stale.actors.map((a) => [a.id, a.stances.map((s) => s.statement)]), stale.unplaced]).toEqual([
      [
        ['russia', []],
        ['ukraine', [demands!.id]],
      ],
      [rejects!.id],
    ]);
  });

  it('reads a state that holds only the registry and the positions, and a live state beside statements(), whose quotes name the same statements', async () => {
    const store = openMemoryStore();
    await append(store, [
      { type: 'actor-registered', data: { id: 'union', kind: 'organisation', name: 'Transit Workers Union' } },
      said({ holder: 'union', issue: 'wage-raise', kind: 'demand', polarity: '+', statedAt: '2026-09-01' }),
      said({ holder: 'transit-authority', issue: 'wage-raise', kind: 'reject', polarity: '-', statedAt: '2026-09-03' }),
    ]);
    const events = await readAll(store);
    const analysedState = replay(analysis(), events);
    const [clash] = contradictionList(analysedState);
    const expected = contradictionSides(analysedState, clash!);
    expect(contradictionSides(replay(combine({ registry: registry(), positions: positions() }), events), clash!)).toEqual(expected);

    let shown: ContradictionSides | undefined;
    let quotes: Array<string | undefined> = [];
    const live = follow(store, combine({ analysis: analysis(), statements: statements() }), {
      onChange: (state) => {
        const [c] = contradictionList(state.analysis);
        if (c === undefined) return;
        shown = contradictionSides(state.analysis, c);
        quotes = shown.actors.flatMap((a) => a.stances.map((s) => statementOf(state, s.statement)?.quote));
      },
    });
    await live.ready;
    await live.stop();
    expect(shown).toEqual(expected);
    expect(told(shown!)).toEqual(['transit-authority: reject wage-raise (-) 2026-09-03', 'Transit Workers Union: demand wage-raise (+) 2026-09-01']);
    expect(quotes).toEqual(['transit-authority on wage-raise', 'union on wage-raise']);
  });
});
