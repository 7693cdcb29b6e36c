import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { allPositions, analysis, contradictionList, eventsAsOf, eventWithdrawn, openMemoryStore, outweighedReports, positionList, preconditionEdges, project, readAll, replay, statementMade, unheldRetractions } from '@stancelog/core';
import type { StoredEvent } from '@stancelog/core';
import { buildReport, deadlockLinks, frameAt, frameViews, REPORT_DATA_VERSION, reportData, stateReportData, statementDays } from '@stancelog/report';
import { open } from 'node:fs/promises';
import assetFiles from '../src/asset-files.cjs';
import { jsonPieces, pageShell, renderPage, scriptJson, writeData } from '../src/page.js';
import { demoEvents } from './demo-events.js';
import { expectFramesAsReplayed, reportContradictions } from './frames-as-replayed.js';

let events: ReadonlyArray<StoredEvent>;
beforeAll(async () => {
  events = await demoEvents();
});

async function projected(asOf?: { validTime?: string; recordedTime?: string }) {
  const store = openMemoryStore();
  // Re-append with the original recording times, so the log is the same.
  const r = await store.append(events.map((e) => ({ type: e.type, data: e.data, recordedAt: e.recordedAt }) as never));
  if (r._tag === 'Left') throw new Error(r.left.message);
  const p = await project(store, analysis(), asOf ? { asOf } : {});
  if (p._tag === 'Left') throw new Error(p.left.message);
  return p.right.state;
}

describe('reportData', () => {
  it('has one frame per day on which something was stated, each equal to the analysis as of that day', async () => {
    const data = reportData(events);
    expect(data.frames.map((f) => f.day)).toEqual(statementDays(events));
    expect(data.frames.length).toBeGreaterThan(3);
    for (const frame of data.frames) {
      const state = await projected({ validTime: frame.day });
      const views = frameViews(data, frame);
      expect(views.positions).toEqual(positionList(state));
      expect(views.contradictions).toEqual(reportContradictions(state));
      expect(views.edges).toEqual(preconditionEdges(state));
    }
    // Each position is kept once, however many days show it, and a version only when its view changed.
    expect(new Set(data.positions.map((p) => `${p.holder}\u0000${p.issue}`)).size).toBe(data.positions.length);
    const versions = data.positions.reduce((n, p) => n + p.versions.length, 0);
    expect(versions).toBeLessThan(data.frames.reduce((n, _, i) => n + frameViews(data, i).positions.length, 0));
  });

  it('stores a position\'s growing lists of statements once: the report grows with the log, not with days x statements', async () => {
    const store = openMemoryStore();
    const day = (i: number) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
    const DAYS = 200;
    // Russia restates its refusal every day, once in an account dated by its month only; on day 150 it turns, and the
    // evidence of its new stance starts anew (a list stored whole) while the first run's list stays as it was.
    const r = await store.append(
      Array.from({ length: DAYS }, (_, i) =>
        statementMade({
          holder: 'russia',
          issue: 'ceasefire',
          kind: i >= 150 ? 'accept' : 'reject',
          polarity: i >= 150 ? '+' : '-',
          statedAt: i === 100 ? day(i).slice(0, 7) : day(i),
          source: { quote: `day ${i}: ${i >= 150 ? 'a truce, then' : 'no truce'}`, publisher: `Wire ${i % 3}` },
        }),
      ),
    );
    if (r._tag === 'Left') throw new Error(r.left.message);
    const log = await readAll(store);
    const data = reportData(log);
    // The month-dated account falls on its month's first day, which has a statement of its own.
    expect(data.frames.map((f) => f.day)).toEqual(statementDays(log));
    expect(data.frames).toHaveLength(DAYS - 1);
    for (const frame of data.frames) {
      expect(frameViews(data, frame).positions).toEqual(positionList(replay(analysis(), eventsAsOf(log, { validTime: frame.day }))));
    }
    // Whole lists per day would hold about DAYS^2 / 2 ids for the evidence alone.
    const stored = data.idLists.reduce((n, list) => n + list.length - 1, 0);
    expect(stored).toBeLessThan(6 * DAYS);
  });

  it('ends with the present: the last frame is the analysis of the whole log', async () => {
    const data = reportData(events);
    const state = await projected();
    const last = frameViews(data, data.frames[data.frames.length - 1]!);
    expect(last.positions).toEqual(positionList(state));
    expect(last.contradictions).toEqual(reportContradictions(state));
  });

  it('stops at the as-of date, in valid and in recorded time', async () => {
    const data = reportData(events, { asOf: { validTime: '2025-05-16' } });
    expect(data.frames[data.frames.length - 1]!.day).toBe('2025-05-16');
    expect(frameViews(data, data.frames[data.frames.length - 1]!).positions).toEqual(positionList(await projected({ validTime: '2025-05-16' })));
    // The Istanbul article of 2025-05-16 was recorded on the 17th: on the 16th the log did not know it.
    const known = reportData(events, { asOf: { recordedTime: '2025-05-16' } });
    expect(frameViews(known, known.frames[known.frames.length - 1]!).positions).toEqual(positionList(await projected({ recordedTime: '2025-05-16' })));
    expect(Object.values(known.statements).every((s) => s.recordedAt < '2025-05-17')).toBe(true);
  });

  it('expects a checked as-of point: given a bad one, it throws the error checkAsOf names (buildReport returns it)', () => {
    expect(() => reportData(events, { asOf: { recordedTime: 'June' } })).toThrow(new RangeError('asOf.recordedTime: not a date or timestamp: "June"'));
  });

  it('names holders and issues from the register, and keeps every quote with its source', () => {
    const data = reportData(events);
    expect(data.holders.find((h) => h.id === 'united-states')?.name).toBe('United States');
    expect(data.issues.find((i) => i.id === 'territorial-concessions')).toMatchObject({ name: 'Territorial concessions', parent: 'peace-talks' });
    const statements = events.filter((e) => e.type === 'statement-made');
    expect(Object.keys(data.statements)).toHaveLength(statements.length);
    const one = statements[0]! as StoredEvent & { type: 'statement-made' };
    expect(data.statements[one.id]).toMatchObject({ quote: one.data.source.quote, publisher: one.data.source.publisher, holder: one.data.holder });
  });

  it("shows a web page's quotes as a reader reads them, entities decoded and inline markup left out, where the log keeps the page's text (a review's finding)", async () => {
    const store = openMemoryStore();
    const quote = '&ldquo;We will never agree to widening the <a href="https://example.com/a9">A9</a>,&rdquo; Rehn said.';
    await store.append([statementMade({ holder: 'greens', issue: 'a9', kind: 'red-line', polarity: '-', statedAt: '2026-09-08', source: { quote, offsets: [120, 120 + quote.length] } })]);
    const logged = await readAll(store);
    const shown = Object.values(reportData(logged).statements).map((s) => s.quote);
    expect(shown).toEqual(['“We will never agree to widening the A9,” Rehn said.']);
    expect(logged.map((e) => e.type === 'statement-made' && e.data.source.quote)).toEqual([quote]);
  });

  it("lists what the log took back, when and why, and the statement put in its place, as known at the report's point, and says when the log was last recorded (a review's finding, stop 53)", async () => {
    const store = openMemoryStore();
    const said = (holder: string, polarity: '+' | '-', quote: string) => statementMade({ holder, issue: 'quotas', kind: 'demand', polarity, statedAt: '2026-10-30', source: { quote, publisher: 'Wire' } });
    const at = (iso: string) => ({ now: new Date(iso) });
    const first = await store.append([said('south', '-', 'the panel is unacceptable'), said('north', '-', 'the North walked away')], at('2026-11-02T09:00:00Z'));
    if (first._tag === 'Left') throw new Error(first.left.message);
    const [wrong, retracted] = first.right.appended as [StoredEvent & { type: 'statement-made' }, StoredEvent];
    // A holder misread, corrected; an article retracted; that retraction taken back, and then made again.
    const copy = statementMade({ ...wrong.data, holder: 'east', corrects: { event: wrong.id, position: wrong.position } });
    await store.append([eventWithdrawn(wrong.id, 'the delegate was the Compact’s'), copy], at('2026-11-05T10:00:00Z'));
    await store.append([eventWithdrawn(retracted.id, 'the Flyer retracted it')], at('2026-11-06T10:00:00Z'));
    const log = await readAll(store);
    const data = reportData(log);
    expect(data.knownAt).toBe('2026-11-06T10:00:00.000Z');
    expect(data.corrections).toEqual([
      {
        position: 3,
        recordedAt: '2026-11-05T10:00:00.000Z',
        reason: 'the delegate was the Compact’s',
        withdrawn: { position: 1, type: 'statement-made', statement: expect.objectContaining({ id: wrong.id, holder: 'south', quote: 'the panel is unacceptable' }) },
        replacedBy: log[3]!.id,
      },
      { position: 5, recordedAt: '2026-11-06T10:00:00.000Z', reason: 'the Flyer retracted it', withdrawn: { position: 2, type: 'statement-made', statement: expect.objectContaining({ holder: 'north' }) }, replacedBy: null },
    ]);
    // The copy is one of the statements the page quotes; what was withdrawn is not.
    expect(Object.keys(data.statements).sort()).toEqual([log[3]!.id].sort());
    // As known before the retraction was withdrawn: only the correction, and the log as it stood then.
    const before = reportData(log, { asOf: { recordedTime: '2026-11-05' } });
    expect([before.corrections.map((c) => c.position), before.knownAt]).toEqual([[3], '2026-11-05T10:00:00.000Z']);
    // A withdrawal taken back lists nothing: what it took back counts again.
    await store.append([eventWithdrawn(log[4]!.id, 'the article stood')], at('2026-11-07T10:00:00Z'));
    expect(reportData(await readAll(store)).corrections.map((c) => c.position)).toEqual([3]);
    expect([reportData([]).corrections, reportData([]).knownAt]).toEqual([[], null]);
  });

  it("lists the reports the holder's own word outweighs, as core's outweighedReports finds them", () => {
    const data = reportData(events);
    const state = replay(analysis(), events);
    const expected = [...allPositions(state.positions)].flatMap((p) => [...outweighedReports(p)]);
    expect([...data.outweighed].sort()).toEqual(expected.sort());
    // In the demo: Merz's account of Kyiv as open to talks on territory, 24 days after Kyiv's own refusal.
    expect(data.outweighed.map((id) => data.statements[id]).map((s) => [s?.holder, s?.issue, s?.polarity])).toContainEqual(['ukraine', 'territorial-concessions', '0']);
  });

  it("lists the retractions that withdrew nothing, as core's unheldRetractions finds them, in a data layout of its own version", async () => {
    const store = openMemoryStore();
    const says = (kind: 'red-line' | 'support' | 'retract', polarity: '+' | '-' | '0', statedAt: string, quote: string, speaker?: { name: string; actor: string }) =>
      statementMade({ holder: 'greens', issue: 'migration-cap', kind, polarity, statedAt, source: { quote }, ...(speaker ? { speaker } : {}) });
    await store.append([
      says('red-line', '-', '2026-06-10', 'we will never sign an asylum ceiling'),
      // Dropping the veto the day after: it withdraws the - held.
      says('retract', '-', '2026-06-11', 'the Greens dropped their veto'),
      says('support', '+', '2026-07-01', 'a ceiling, if it is humane'),
      // After the turn to +: a rival's report, and the Greens' own word, that they no longer rule one out withdraw nothing.
      says('retract', '-', '2026-07-05', 'Weber said the Greens had dropped their veto', { name: 'Jonas Weber', actor: 'centre-union' }),
      says('retract', '-', '2026-07-20', 'the Greens no longer rule out an asylum ceiling'),
    ]);
    const log = await readAll(store);
    const id = (statedAt: string) => log.find((e) => e.type === 'statement-made' && e.data.statedAt === statedAt)!.id;
    const data = reportData(log);
    const expected = [...allPositions(replay(analysis(), log).positions)].flatMap((p) => [...unheldRetractions(p)]);
    expect([...data.withdrewNothing].sort()).toEqual(expected.sort());
    expect([...data.withdrewNothing].sort()).toEqual([id('2026-07-05'), id('2026-07-20')].sort());
    // The retraction that dropped the red line is no such one.
    expect(data.withdrewNothing).not.toContain(id('2026-06-11'));
    expect(data.version).toBe(REPORT_DATA_VERSION);
    expect(REPORT_DATA_VERSION).toBe(6);
    // The demo has none; the report of a state alone has no statements, and so lists none.
    expect(reportData(events).withdrewNothing).toEqual([]);
    expect(stateReportData(replay(analysis(), log), '2026-07-20').withdrewNothing).toEqual([]);
  });

  it('leaves out a withdrawn statement, its quote included, unless as of a time before the withdrawal was recorded', async () => {
    const store = openMemoryStore();
    const made = await store.append(
      [
        statementMade({ holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-11', source: { quote: 'a 30-day ceasefire, now' } }),
        statementMade({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13', source: { quote: 'no truce, a blog wrote' } }),
      ],
      { now: new Date('2025-03-14T09:00:00Z') },
    );
    if (made._tag === 'Left') throw new Error(made.left.message);
    const misquoted = made.right.appended[1]!.id;
    await store.append([eventWithdrawn(misquoted, 'the blog corrected its report')], { now: new Date('2025-04-01T09:00:00Z') });
    const log = await readAll(store);
    const now = reportData(log);
    expect([Object.keys(now.statements).includes(misquoted), frameViews(now, now.frames.length - 1).contradictions.length, now.frames.map((f) => f.day)]).toEqual([false, 0, ['2025-03-11']]);
    const then = reportData(log, { asOf: { recordedTime: '2025-03-31' } });
    expect([Object.keys(then.statements).includes(misquoted), frameViews(then, then.frames.length - 1).contradictions.length]).toEqual([true, 1]);
  });

  it('samples the days evenly when there are more than maxFrames, keeping the first and the last', () => {
    const data = reportData(events, { maxFrames: 3 });
    const days = statementDays(events);
    expect(data.frames).toHaveLength(3);
    expect([data.frames[0]!.day, data.frames[2]!.day]).toEqual([days[0], days[days.length - 1]]);
  });

  it('gives each day the analysis as of that day, built on the day before when the log was appended in order and replayed whole when not', async () => {
    const HOLDERS = ['ukraine', 'russia', 'united-states'];
    const ISSUES = ['ceasefire', 'peace-talks', 'nato-membership'];
    // Days in order, a month and a week among them (at their first day), and a timestamp whose offset puts it on the next day.
    const DATES = ['2025-05', '2025-05-01', '2025-05-02', '2025-W19', '2025-05-06', '2025-05-06T23:30:00-05:00', '2025-05-09', '2025-05-12'];
    const said = fc.record({
      holder: fc.constantFrom(...HOLDERS),
      issue: fc.constantFrom(...ISSUES),
      polarity: fc.constantFrom('+', '-', '0'),
      firm: fc.boolean(),
      condition: fc.option(fc.constantFrom(...ISSUES), { nil: undefined }),
      reporter: fc.option(fc.constantFrom(...HOLDERS), { nil: undefined }),
      date: fc.integer({ min: 0, max: DATES.length - 1 }),
    });
    const logs = fc.record({ words: fc.array(said, { minLength: 1, maxLength: 24 }), inOrder: fc.boolean(), registryFirst: fc.boolean(), registryAt: fc.nat() });
    let incremental = 0;
    await fc.assert(
      fc.asyncProperty(logs, async ({ words, inOrder, registryFirst, registryAt }) => {
        const statements = (inOrder ? [...words].sort((a, b) => a.date - b.date) : words).map((w, n) => {
          const polarity = w.polarity as '+' | '-' | '0';
          const kind = polarity === '0' ? 'hedge' : w.firm ? (w.condition !== undefined && w.condition !== w.issue ? 'condition' : polarity === '+' ? 'demand' : 'red-line') : polarity === '+' ? 'support' : 'reject';
          return statementMade({
            holder: w.holder,
            issue: w.issue,
            kind,
            polarity,
            ...(kind === 'condition' ? { conditions: [{ issue: w.condition!, polarity: '+' as const }] } : {}),
            ...(w.reporter !== undefined && w.reporter !== w.holder ? { speaker: { name: `envoy of ${w.reporter}`, actor: w.reporter } } : {}),
            statedAt: DATES[w.date]!,
            source: { quote: `word ${n}` },
          });
        });
        // The sub-issue's definition comes somewhere in the log: it applies to every day, in log order.
        const at = registryFirst ? 0 : registryAt % (statements.length + 1);
        const store = openMemoryStore();
        const r = await store.append([...statements.slice(0, at), { type: 'issue-defined', data: { id: 'nato-membership', title: 'NATO membership', proposition: 'Ukraine joins NATO', parent: 'peace-talks' } }, ...statements.slice(at)]);
        if (r._tag === 'Left') throw new Error(r.left.message);
        const log = await readAll(store);
        const data = reportData(log);
        expect(data.frames.map((f) => f.day)).toEqual(statementDays(log));
        expectFramesAsReplayed(data, log);
        if (inOrder && at === 0 && data.frames.length > 1) incremental++;
      }),
      { numRuns: 150 },
    );
    // Some of the logs were appended in the order things were said, so that days were built on the day before.
    expect(incremental).toBeGreaterThan(10);
  }, 120_000);

  it('finds the frame in force on any day', () => {
    const data = reportData(events);
    const [first, second] = data.frames;
    const dayBefore = (day: string) => new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10);
    // The demo's first two days with statements are weeks apart.
    expect(dayBefore(second!.day) > first!.day).toBe(true);
    expect(frameAt(data.frames, second!.day)).toBe(second);
    expect(frameAt(data.frames, dayBefore(second!.day))).toBe(first);
    expect(frameAt(data.frames, dayBefore(first!.day))).toBeUndefined();
  });
});

describe('deadlockLinks', () => {
  const said = (holder: string, issue: string, condition: string, statedAt: string) =>
    statementMade({ holder, issue, kind: 'condition', polarity: '+', conditions: [{ issue: condition, polarity: '+' }], statedAt, source: { quote: `${holder}: ${condition} before ${issue}` } });

  it('lists the edges of a cycle made by two holders, and the sub-issue links it runs through', async () => {
    const store = openMemoryStore();
    const appended = await store.append([
      { type: 'issue-defined', data: { id: 'peace-talks', title: 'Peace talks', proposition: 'the sides negotiate' } },
      { type: 'issue-defined', data: { id: 'territory', title: 'Territory', proposition: 'Ukraine cedes land', parent: 'peace-talks' } },
      said('ukraine', 'peace-talks', 'ceasefire', '2025-04-23'),
      said('russia', 'ceasefire', 'territory', '2025-07-20'),
    ]);
    expect(appended._tag).toBe('Right');
    const state = replay(analysis(), await readAll(store));
    expect(contradictionList(state, { type: 'circular-precondition' })).toHaveLength(1);
    expect(deadlockLinks(state)).toEqual(['ceasefire->peace-talks', 'part:peace-talks->territory', 'territory->ceasefire']);
  });

  it('leaves out one holder going round in circles on its own', async () => {
    const store = openMemoryStore();
    expect((await store.append([said('ukraine', 'a', 'b', '2025-04-23'), said('ukraine', 'b', 'a', '2025-04-24')]))._tag).toBe('Right');
    expect(deadlockLinks(replay(analysis(), await readAll(store)))).toEqual([]);
  });
});

describe('the page', () => {
  it('embeds quotes that close script elements without breaking out of the JSON', () => {
    const data = { title: 'T', asOf: null, holders: [], issues: [], statements: { a: { quote: '</script><script>alert(1)</script>' } }, frames: [], rules: {} } as never;
    const html = renderPage(data, { style: '', script: '', cytoscapeSrc: 'assets/cytoscape.min.js' });
    expect(html).not.toContain('</script><script>alert(1)');
    const json = /<script type="application\/json" id="stancelog-data">(.*?)<\/script>/s.exec(html)![1]!;
    expect(JSON.parse(json).statements.a.quote).toBe('</script><script>alert(1)</script>');
    expect(scriptJson('\u2028')).toBe('"\\u2028"');
  });

  it("gives a value's JSON in pieces that, joined, are JSON.stringify's, fields JSON cannot write left out or null as it does", () => {
    const field = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined))), fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.constant(undefined))));
    fc.assert(
      fc.property(fc.dictionary(fc.string(), field), (value) => {
        expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value));
      }),
    );
  });

  it("writes the data to data.json as JSON.stringify gives it, and into the page escaped, a piece at a time", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stancelog-page-'));
    const data = { ...reportData(events, { title: 'Talks </script>' }), statements: { ...reportData(events).statements, x: { quote: '</script>\u2028' } } } as never;
    const shell = pageShell(data, { style: '', script: '', cytoscapeSrc: 'c.js' });
    const [dataFile, pageFile] = [await open(join(dir, 'data.json'), 'w'), await open(join(dir, 'index.html'), 'w')];
    expect(await writeData(data, dataFile, pageFile, shell)).toBe(true);
    await Promise.all([dataFile.close(), pageFile.close()]);
    expect(readFileSync(join(dir, 'data.json'), 'utf8')).toBe(`${JSON.stringify(data)}\n`);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe(renderPage(data, { style: '', script: '', cytoscapeSrc: 'c.js' }));
  });

  it('says, by returning false, that the embedded data would pass the longest string a browser reads it into', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stancelog-page-'));
    const data = reportData(events);
    const [dataFile, pageFile] = [await open(join(dir, 'data.json'), 'w'), await open(join(dir, 'index.html'), 'w')];
    // The escaped page's data is counted, not the file's: '<' is six characters in the page.
    const length = scriptJson(data).length;
    expect(await writeData(data, dataFile, pageFile, ['', ''], length - 1)).toBe(false);
    await Promise.all([dataFile.close(), pageFile.close()]);
  });
});

describe('buildReport', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'stancelog-report-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a page that loads nothing from the network: its only script file is the copied graph library', async () => {
    const r = await buildReport(events, { outDir: join(dir, 'out'), title: 'Talks' });
    if (r._tag === 'Left') throw new Error(r.left.message);
    for (const f of r.right.files) expect(existsSync(f)).toBe(true);
    const html = readFileSync(r.right.index, 'utf8');
    expect(html.match(/\b(src|href)="[^"#]+"/g)).toEqual(['src="assets/cytoscape.min.js"']);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)[^"' ]*\.(js|css)/);
    expect(readFileSync(join(dir, 'out', 'assets', 'cytoscape.min.js'), 'utf8').length).toBeGreaterThan(100_000);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'data.json'), 'utf8')).frames).toHaveLength(r.right.data.frames.length);
  });

  it('builds the present alone from an analysis state', async () => {
    const state = await projected();
    const r = await buildReport(state, { outDir: dir, asOf: { validTime: '2025-09-01' } });
    if (r._tag === 'Left') throw new Error(r.left.message);
    expect(r.right.data.frames).toHaveLength(1);
    expect(frameViews(r.right.data, r.right.data.frames[0]!)).toMatchObject({ day: '2025-09-01', positions: positionList(state), contradictions: reportContradictions(state) });
  });

  it('refuses an as-of point that is not one, naming the field, and writes nothing', async () => {
    const out = join(dir, 'out');
    const bad = await buildReport(events, { outDir: out, asOf: { validTime: '2025-05-16', recordedTime: '17 May' } });
    expect(bad._tag === 'Left' && bad.left).toEqual({ _tag: 'ReportError', message: 'asOf.recordedTime: not a date or timestamp: "17 May"' });
    // A misspelt field would otherwise be ignored, and the report silently built on the whole log.
    const misspelt = await buildReport(events, { outDir: out, asOf: { validtime: '2025-05-16' } as never });
    expect(misspelt._tag === 'Left' && misspelt.left.message).toBe('asOf.validtime: unknown field (expected validTime or recordedTime)');
    // From a state, the valid time would become the frame's day.
    const fromState = await buildReport(await projected(), { outDir: out, asOf: { validTime: 'autumn' } });
    expect(fromState._tag === 'Left' && fromState.left.message).toBe('asOf.validTime: not a date or timestamp: "autumn"');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses options that are not its own, or of the wrong kind, naming them, and writes nothing (a review\'s finding: a misspelt outDir threw)', async () => {
    const out = join(dir, 'out');
    const message = async (options: unknown) => {
      const r = await buildReport(events, options as never);
      return r._tag === 'Left' ? r.left.message : 'built';
    };
    expect(await message({ outdir: out })).toBe('buildReport: outdir: not an option (the options are outDir, title, lang, asOf, analysis, maxFrames, onProgress; did you mean outDir?)');
    expect(await message({ title: 'T' })).toBe('buildReport: outDir: required (the folder to write to)');
    expect(await message({ outDir: out, maxFrames: 0 })).toBe('buildReport: maxFrames: expected a whole number of frames, 1 or more, got 0');
    expect(await message({ outDir: out, analysis: { reportWindowDays: -1 } })).toBe('buildReport: analysis: reportWindowDays: expected a number of days, 0 or more, got -1');
    expect(existsSync(out)).toBe(false);
  });

  it('reports a folder it cannot write as an error naming it', async () => {
    const blocker = join(dir, 'file');
    writeFileSync(blocker, 'not a folder');
    const r = await buildReport(events, { outDir: join(blocker, 'out') });
    expect(r._tag).toBe('Left');
    if (r._tag === 'Left') expect(r.left.message).toContain(join(blocker, 'out'));
  });

  it('leaves an earlier report whole when a file of the new one cannot be written: all files are replaced, or none', async () => {
    const out = join(dir, 'out');
    const earlier = await buildReport(events, { outDir: out, asOf: { validTime: '2025-04-01' } });
    if (earlier._tag === 'Left') throw new Error(earlier.left.message);
    const before = readFileSync(join(out, 'data.json'), 'utf8');
    // Something stands where the page goes: a folder (or a file this user may not replace, a disk that fills up).
    rmSync(join(out, 'index.html'));
    mkdirSync(join(out, 'index.html'));
    const r = await buildReport(events, { outDir: out });
    expect(r._tag === 'Left' && r.left.message).toMatch(new RegExp(`^cannot write the report to ${out}: .*index\\.html`));
    // The earlier report's data is as it was (it was replaced before the page failed), and nothing is left half-written.
    expect(readFileSync(join(out, 'data.json'), 'utf8')).toBe(before);
    expect(readdirSync(out).sort()).toEqual(['assets', 'data.json', 'index.html']);
    expect(readdirSync(join(out, 'assets')).sort()).toEqual(['cytoscape.LICENSE', 'cytoscape.min.js']);
  });

  // Linux's /proc says the folder above a new one is missing: Node's recursive mkdir asks again, forever.
  (existsSync('/proc/self') ? it : it.skip)('returns an error for a folder that cannot be made under /proc, rather than never returning', async () => {
    const r = await buildReport(events, { outDir: '/proc/stancelog-no-such-folder/site' });
    expect(r._tag === 'Left' && r.left.message).toMatch(/^cannot write the report to \/proc\/stancelog-no-such-folder\/site: ENOENT/);
  }, 10_000);

  it('leaves nothing of a report it could not write, the folders it made for it included', async () => {
    // A file it cannot copy (a disk full, a file it may not write): after its folders are made.
    const missing = jest.replaceProperty(assetFiles, 'cytoscapeLicense', join(dir, 'no-such-LICENSE'));
    try {
      const r = await buildReport(events, { outDir: join(dir, 'new', 'site') });
      expect(r._tag === 'Left' && r.left.message).toMatch(new RegExp(`^cannot write the report to ${join(dir, 'new', 'site')}: ENOENT`));
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      missing.restore();
    }
  });

  it('writes the page that renderPage gives whole, and data.json as JSON.stringify gives the data', async () => {
    const r = await buildReport(events, { outDir: join(dir, 'out'), title: 'Talks', lang: 'de' });
    if (r._tag === 'Left') throw new Error(r.left.message);
    const [style, script] = [readFileSync(assetFiles.style, 'utf8'), readFileSync(assetFiles.script, 'utf8')];
    expect(readFileSync(r.right.index, 'utf8')).toBe(renderPage(r.right.data, { style, script, cytoscapeSrc: 'assets/cytoscape.min.js', lang: 'de' }));
    expect(readFileSync(join(dir, 'out', 'data.json'), 'utf8')).toBe(`${JSON.stringify(r.right.data)}\n`);
  });

  it('says a report too large for a page is too large, and writes nothing', async () => {
    // The title is in the page three times: a quarter of the longest string makes a page longer than that.
    const out = join(dir, 'out');
    const r = await buildReport([], { outDir: out, title: 'x'.repeat(2 ** 28) });
    expect(r._tag === 'Left' && r.left.message).toMatch(/^the report is too large to write \(0 days, 0 statements\): .* as of an earlier date \(asOf\) or over fewer days \(maxFrames\)$/);
    expect(existsSync(out)).toBe(false);
  }, 30_000);
});
