import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { allContradictions, analysis, contradictionEvidence, contradictionList, eventsAsOf, eventWithdrawn, momentOf, openMemoryStore, positionList, readAll, replay, statementMade } from '@stancelog/core';
import type { AnalysisState, ContradictionRule, StoredEvent } from '@stancelog/core';
import { frameViews, reportData } from '@stancelog/report';
import { FrameBuilder } from '../src/frame-builder.js';
import { ContradictionStore, IdListStore, PositionStore } from '../src/stored-positions.js';
import { expectFramesAsReplayed } from './frames-as-replayed.js';

/**
 * Frames as the report made them before it made only what changed: every
 * view of every frame, from core's `positionList` and `contradictionList`,
 * given to the same stores. The incremental builder must store exactly what
 * this stores, lists of statements numbered alike.
 */
class EveryView {
  private readonly lists = new IdListStore();
  private readonly positions = new PositionStore(this.lists);
  private readonly contradictions = new ContradictionStore(this.lists);
  private count = 0;
  add(state: AnalysisState): void {
    const frame = this.count++;
    for (const view of positionList(state)) this.positions.add(view, frame);
    const starts = new Map([...allContradictions(state.contradictions)].map((r) => [r.id, r.since]));
    for (const view of contradictionList(state)) this.contradictions.add({ ...view, reported: contradictionEvidence(state, view).reported }, frame, (id) => starts.get(id)!);
  }
  json(): string {
    const { statementIds, idLists } = this.lists;
    return JSON.stringify({ statementIds, idLists, positions: this.positions.done(this.count), contradictions: this.contradictions.done(this.count) });
  }
}

function incrementalJson(built: FrameBuilder): string {
  const { statementIds, idLists, positions, contradictions } = built.views();
  return JSON.stringify({ statementIds, idLists, positions, contradictions });
}

const HOLDERS = ['ukraine', 'russia', 'united-states', 'china'];
const ISSUES = ['ceasefire', 'peace-talks', 'nato-membership'];
// Days, a timestamp and a week among them: words of one day read in any order within a batch, and words of earlier days read late.
const DATES = ['2025-05-01', '2025-05-02', '2025-05-02T08:00:00Z', '2025-W19', '2025-05-06', '2025-05-07', '2025-05-09'];

const word = fc.record({
  holder: fc.constantFrom(...HOLDERS),
  issue: fc.constantFrom(...ISSUES),
  polarity: fc.constantFrom('+', '-', '0'),
  firm: fc.boolean(),
  // One word in ten withdraws its holder's stance.
  retract: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  condition: fc.option(fc.constantFrom(...ISSUES), { nil: undefined }),
  reporter: fc.option(fc.constantFrom(...HOLDERS), { nil: undefined }),
  // Which of the holder's own people says it, if anyone is named: two of them at odds are a self-contradiction.
  own: fc.option(fc.constantFrom('minister', 'spokesman'), { nil: undefined }),
  date: fc.integer({ min: 0, max: DATES.length - 1 }),
});
type Word = typeof word extends fc.Arbitrary<infer W> ? W : never;

function statementOf(w: Word, n: number): ReturnType<typeof statementMade> {
  const polarity = w.retract ? '0' : (w.polarity as '+' | '-' | '0');
  const conditional = w.condition !== undefined && w.condition !== w.issue && polarity !== '0';
  const kind = w.retract ? 'retract' : polarity === '0' ? 'hedge' : conditional && w.firm ? 'condition' : w.firm ? (polarity === '+' ? 'demand' : 'red-line') : polarity === '+' ? 'support' : 'reject';
  return statementMade({
    holder: w.holder,
    issue: w.issue,
    kind,
    polarity,
    ...(conditional ? { conditions: [{ issue: w.condition!, polarity: '+' as const }] } : {}),
    ...(w.reporter !== undefined && w.reporter !== w.holder
      ? { speaker: { name: `envoy of ${w.reporter}`, actor: w.reporter } }
      : w.own !== undefined
        ? { speaker: { name: `${w.own} of ${w.holder}`, actor: w.holder } }
        : {}),
    statedAt: DATES[w.date]!,
    source: { quote: `word ${n}`, publisher: `Wire ${n % 3}` },
  });
}

async function logOf(words: ReadonlyArray<Word>, subIssueAt: number): Promise<ReadonlyArray<StoredEvent>> {
  const statements = words.map(statementOf);
  const at = subIssueAt % (statements.length + 1);
  const store = openMemoryStore();
  const r = await store.append([
    ...statements.slice(0, at),
    { type: 'issue-defined', data: { id: 'nato-membership', title: 'NATO membership', proposition: 'Ukraine joins NATO', parent: 'peace-talks' } },
    ...statements.slice(at),
  ]);
  if (r._tag === 'Left') throw new Error(r.left.message);
  return readAll(store);
}

describe('FrameBuilder', () => {
  it.each(['tracked', 'compared'] as const)('stores, from the views of what changed (%s), exactly what it stores from every view of every frame', async (changes) => {
    // A log folded batch by batch into one state (words of a batch in any order of days, some read late), now and
    // then replayed whole, or left as it was for a frame: what reaches a frame is whatever the analysis did in place.
    const runs = fc.record({
      words: fc.array(word, { minLength: 1, maxLength: 60, size: 'medium' }),
      cuts: fc.array(fc.nat(), { maxLength: 12 }),
      anew: fc.array(fc.boolean(), { maxLength: 12 }),
      subIssueAt: fc.nat(),
    });
    let opened = 0;
    let reopened = 0;
    const types = new Set<string>();
    await fc.assert(
      fc.asyncProperty(runs, async ({ words, cuts, anew, subIssueAt }) => {
        const log = await logOf(words, subIssueAt);
        const points = [...new Set([0, ...cuts.map((c) => c % (log.length + 1)), log.length])].sort((a, b) => a - b);
        // Some frames fold nothing (the day before's state, unchanged).
        if (cuts.length > 2) points.splice(1, 0, points[1]!);
        const reducer = analysis();
        const built = new FrameBuilder(changes);
        const reference = new EveryView();
        let state: AnalysisState | undefined;
        for (let k = 1; k < points.length; k++) {
          const batch = log.slice(points[k - 1], points[k]);
          const whole = state === undefined || anew[k] === true;
          state = whole ? replay(reducer, log.slice(0, points[k])) : replay(reducer, batch, { from: state });
          built.add(`frame ${k}`, state, whole ? undefined : batch);
          reference.add(state);
        }
        expect(incrementalJson(built)).toBe(reference.json());
        const records = [...allContradictions(state!.contradictions)];
        if (records.length > 0) opened++;
        if (records.some((r) => r.id.includes('#'))) reopened++;
        for (const r of records) types.add(r.type);
      }),
      { numRuns: 300 },
    );
    // The logs made contradictions, and some opened again after they were resolved, of every built-in rule.
    expect([opened > 200, reopened > 50]).toEqual([true, true]);
    expect([...types].sort()).toEqual(['circular-precondition', 'conflicting-reports', 'incompatible', 'reversal', 'self-contradiction']);
  }, 120_000);

  it("shows in the next frame a reversal's record the rule names anew in place (an own restatement read late), tracking the ledger", () => {
    const said = (n: number, kind: string, polarity: '+' | '-', statedAt: string) =>
      ({ id: `s${n}`, position: n, recordedAt: '2025-03-20T12:00:00Z', schema: 1, tags: [], type: 'statement-made', data: { holder: 'russia', issue: 'ceasefire', kind, polarity, statedAt, source: { quote: `q${n}` } } }) as StoredEvent;
    const reducer = analysis();
    const built = new FrameBuilder('tracked');
    const reference = new EveryView();
    const state = replay(reducer, [said(1, 'reject', '-', '2025-03-01'), said(2, 'accept', '+', '2025-03-10')]);
    built.add('2025-03-10', state);
    reference.add(state);
    // Read late: Russia's refusal made a red line on the 5th. The turn of the 10th turned from it: the same record, renamed.
    const late = [said(3, 'red-line', '-', '2025-03-05')];
    replay(reducer, late, { from: state });
    built.add('2025-03-11', state, late);
    reference.add(state);
    expect(incrementalJson(built)).toBe(reference.json());
    const data = built.views();
    expect(frameViews(data, 1).contradictions.map((c) => [c.statements, c.summary])).toEqual([[['s3', 's2'], 'russia went from red-line (-) to accept (+) on ceasefire']]);
  });

  it('shows a contradiction that opens, is resolved and opens again, each record with its versions', () => {
    const said = (id: string, holder: string, kind: string, polarity: '+' | '-', statedAt: string) =>
      ({
        id,
        position: Number(id.slice(1)),
        recordedAt: `${statedAt}T12:00:00Z`,
        schema: 1,
        tags: [],
        type: 'statement-made',
        data: { holder, issue: 'ceasefire', kind, polarity, statedAt, source: { quote: id } },
      }) as StoredEvent;
    const days: Array<[string, StoredEvent[]]> = [
      ['2025-03-11', [said('s1', 'ukraine', 'demand', '+', '2025-03-11'), said('s2', 'russia', 'reject', '-', '2025-03-11')]],
      ['2025-03-12', [said('s3', 'russia', 'red-line', '-', '2025-03-12')]],
      ['2025-03-13', [said('s4', 'russia', 'accept', '+', '2025-03-13')]],
      ['2025-03-14', [said('s5', 'russia', 'reject', '-', '2025-03-14')]],
      // Ukraine makes its demand a red line: the clash of the 14th gains its statement, the resolved one stays as it was.
      ['2025-03-15', [said('s6', 'ukraine', 'red-line', '+', '2025-03-15')]],
    ];
    const built = new FrameBuilder();
    let state: AnalysisState | undefined;
    for (const [day, added] of days) {
      state = state === undefined ? replay(analysis(), added) : replay(analysis(), added, { from: state });
      built.add(day, state, added);
    }
    const data = built.views();
    const clash = data.contradictions.filter((c) => c.id.startsWith('incompatible:'));
    // Opened on the 11th, made firmer by Russia's red line of the 12th, ended by its turn of the 13th; opened anew on the 14th.
    expect(clash.map((c) => [c.id, c.versions.map((v) => [v.from, v.status ?? '', v.until ?? ''])])).toEqual([
      ['incompatible:ceasefire:russia~ukraine', [[0, 'open', ''], [1, '', ''], [2, 'resolved', '2025-03-13']]],
      ['incompatible:ceasefire:russia~ukraine#2', [[3, 'open', ''], [4, '', '']]],
    ]);
    const views = (frame: number) => frameViews(data, frame).contradictions.filter((c) => c.type === 'incompatible').map((c) => [c.status, c.statements]);
    expect(views(1)).toEqual([['open', ['s2', 's1', 's3']]]);
    expect(views(4)).toEqual([
      ['resolved', ['s2', 's1', 's3']],
      ['open', ['s5', 's1', 's6']],
    ]);
    // A position no statement was on holds in one version from its first frame: Ukraine's, until its restatement of the 15th.
    expect(data.positions.find((p) => p.holder === 'ukraine')!.versions.map((v) => v.from)).toEqual([0, 4]);
  });
  it('lets go of the last state, and of what it saw in it, once its views are taken: the rest of the report is made without them', async () => {
    // A collection on demand, to see whether anything still reaches the state.
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const built = new FrameBuilder();
    const store = openMemoryStore();
    await store.append([statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', source: { quote: 'no truce' } })]);
    let state: AnalysisState | undefined = replay(analysis(), await readAll(store));
    built.add('2025-05-16', state);
    const held = new WeakRef(state);
    state = undefined;
    expect(built.views().positions).toHaveLength(1);
    // A WeakRef holds its target until the job that made it ends.
    await new Promise((resolve) => setImmediate(resolve));
    collect();
    expect(held.deref()).toBeUndefined();
  });
});

describe('ContradictionStore, its contradictions going on until ended', () => {
  const view = (id: string, statements: string[], since = '2025-03-13') =>
    ({ id, type: 'incompatible', issues: ['ceasefire'], actors: ['russia', 'ukraine'], since, until: null, resolvedBy: null, status: 'open', statements, summary: 'at odds', reported: [] }) as const;
  const start = () => 0;

  it('stores what a store told of every frame stores: a contradiction shown on until it is ended, then again from a later frame', () => {
    const goes = new ContradictionStore(new IdListStore(), true);
    const told = new ContradictionStore();
    // Shown from frame 0, a statement more at 2, gone at 4 (shown 0 to 3), back at 6; another from 1 to the end.
    const a = goes.add(view('a', ['s1']), 0, start);
    goes.add(view('b', ['s2']), 1, start);
    goes.add(view('a', ['s1', 's3']), 2, start);
    goes.end(a, 4);
    goes.add(view('a', ['s1', 's3']), 6, start);
    const shown: Array<[number, string, string[]]> = [
      [0, 'a', ['s1']], [1, 'a', ['s1']], [1, 'b', ['s2']], [2, 'a', ['s1', 's3']], [2, 'b', ['s2']], [3, 'a', ['s1', 's3']], [3, 'b', ['s2']],
      [4, 'b', ['s2']], [5, 'b', ['s2']], [6, 'a', ['s1', 's3']], [6, 'b', ['s2']], [7, 'a', ['s1', 's3']], [7, 'b', ['s2']],
    ];
    for (const [frame, id, statements] of shown) told.add(view(id, statements), frame, start);
    expect(JSON.stringify(goes.done(8))).toBe(JSON.stringify(told.done(8)));
  });

  it('ends nothing added into the frame it is ended in (another record took it over), and ends, when told, what no frame showed since', () => {
    const goes = new ContradictionStore(new IdListStore(), true);
    const a = goes.add(view('a', ['s1']), 0, start);
    goes.add(view('a', ['s1', 's2']), 2, start);
    goes.end(a, 2);
    goes.add(view('b', ['s3']), 2, start);
    // A frame that looked at every record: `a` was shown in it, `b` was not.
    goes.carry(a, a.view, 3);
    goes.endUnseen(3);
    expect(goes.done(5).map((c) => [c.id, c.versions.map((v) => [v.from, v.to ?? null])])).toEqual([
      ['a', [[0, null], [2, null]]],
      ['b', [[2, 3]]],
    ]);
  });
});

describe('reportData, built day on day', () => {
  it('gives each frame the analysis as of its day, with withdrawals, words read late and registry changes in the log', async () => {
    const logs = fc.record({
      words: fc.array(word, { minLength: 1, maxLength: 30 }),
      inOrder: fc.boolean(),
      withdrawn: fc.array(fc.nat(), { maxLength: 3 }),
      subIssueAt: fc.nat(),
    });
    await fc.assert(
      fc.asyncProperty(logs, async ({ words, inOrder, withdrawn, subIssueAt }) => {
        const sorted = inOrder ? [...words].sort((a, b) => a.date - b.date) : words;
        const store = openMemoryStore();
        const first = await logOf(sorted, subIssueAt);
        const r = await store.append(first.map((e) => ({ type: e.type, data: e.data }) as never));
        if (r._tag === 'Left') throw new Error(r.left.message);
        const statementIds = r.right.appended.filter((e) => e.type === 'statement-made').map((e) => e.id);
        const w = await store.append([...new Set(withdrawn.map((n) => statementIds[n % statementIds.length]!))].map((id) => eventWithdrawn(id, 'misquoted')));
        if (w._tag === 'Left') throw new Error(w.left.message);
        const log = await readAll(store);
        const data = reportData(log);
        expectFramesAsReplayed(data, log);
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it("shows in the next frame what a rule of one's own changes in a record in place, past the ledger's writes: it compares every record", async () => {
    // A tally of the words said on an issue: its record is opened once, then its summary rewritten in place.
    const tally: ContradictionRule<null> = {
      type: 'word-tally',
      version: '1',
      description: 'Counts the words said on an issue.',
      initial: () => null,
      onStatement: (ctx, _state, entry, position) => {
        const record = ctx.contradictions.byIssue.get(position.issue)?.records.get(`word-tally:${position.issue}`);
        if (record === undefined) {
          ctx.open({ type: 'word-tally', key: position.issue, issues: [position.issue], actors: [position.holder], since: momentOf(entry), statements: [entry.id], summary: '1 word' });
        } else record.summary = `${Number.parseInt(record.summary, 10) + 1} words`;
      },
    };
    const store = openMemoryStore();
    await store.append(['2025-05-01', '2025-05-02', '2025-05-03'].map((statedAt, n) => statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt, source: { quote: `no truce ${n}` } })));
    const log = await readAll(store);
    const options = { analysis: { extraRules: [tally] } };
    const data = reportData(log, options);
    const summaries = data.frames.map((f) => frameViews(data, f).contradictions.map((c) => c.summary));
    expect(summaries).toEqual([['1 word'], ['2 words'], ['3 words']]);
    expect(data.frames.map((f) => frameViews(data, f).contradictions)).toEqual(
      data.frames.map((f) => contradictionList(replay(analysis(options.analysis), eventsAsOf(log, { validTime: f.day }))).map((c) => ({ ...c, reported: [] }))),
    );
  });
});
