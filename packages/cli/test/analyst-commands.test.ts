import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contradictionEvidence, contradictionList, positionList, startOf } from '@stancelog/core';
import type { ContradictionView, CycleEdgeEvidence } from '@stancelog/core';
import { statementEvents } from '../../../examples/ukraine-2025/src/statements.js';
import { reportCommand, timelineCommand } from '@stancelog/cli';
import { frameViews } from '@stancelog/report';
import type { ReportData } from '@stancelog/report';
import { analysedDemo as analysed, demoSandbox } from './demo-analysis.js';
import { sandbox } from './harness.js';
import type { Sandbox } from './harness.js';

// The demo's log, appended through the CLI; the expectations come from the core's own analysis of the same events.
let box: Sandbox;

beforeAll(async () => {
  box = await demoSandbox();
});
afterAll(() => box.remove());

describe('stancelog timeline', () => {
  interface Entry {
    holder: string;
    issue: string;
    polarity: string;
    statements: Array<{ id: string; quote: string; stated: string; change: string | null; polarity: string; kind: string; outweighed: boolean; withdrewNothing: boolean }>;
  }

  it("gives each holder's line on each issue: every statement with its quote, and the reversals", async () => {
    const entries = await box.json<Entry[]>('timeline');
    const positions = positionList(await analysed());
    expect(entries.map((e) => [e.holder, e.issue, e.polarity])).toEqual(positions.map((p) => [p.holder, p.issue, p.polarity]));
    const quotes = statementEvents.filter((e) => e.type === 'statement-made').map((e) => (e.data as { source: { quote: string } }).source.quote);
    expect(entries.flatMap((e) => e.statements.map((s) => s.quote)).sort()).toEqual([...quotes].sort());
    // Russia turned against the peace talks it had proposed: a reversal on its line.
    const reversals = contradictionList(await analysed(), { type: 'reversal' });
    for (const r of reversals) {
      const line = entries.find((e) => e.holder === r.actors[0] && e.issue === r.issues[0])!;
      expect(line.statements.some((s) => s.change === 'reversal')).toBe(true);
    }
    expect(reversals.length).toBeGreaterThan(0);
  });

  it('filters by holder and issue, and prints the quotes in its human form', async () => {
    const only = await box.json<Entry[]>('timeline', '--holder', 'ukraine', '--issue', 'territorial-concessions');
    expect(only.map((e) => `${e.holder}/${e.issue}`)).toEqual(['ukraine/territorial-concessions']);
    const r = await box.stancelog('timeline', '--holder', 'ukraine', '--issue', 'territorial-concessions');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^ukraine on territorial-concessions: now [-+0] \S+ since \d{4}-\d{2}-\d{2}$/);
    for (const s of only[0]!.statements) expect(r.stdout).toContain(`“${s.quote}”`);
  });

  it("marks a third party's account that the holder's own word outweighs, and only one that disagrees", async () => {
    // Merz, on 2025-08-13, has Kyiv both refusing to recognise the occupation (as Kyiv itself did in July) and open to talks on territory.
    const [line] = await box.json<Entry[]>('timeline', '--holder', 'ukraine', '--issue', 'territorial-concessions');
    expect(line!.polarity).toBe('-');
    expect(line!.statements.filter((s) => s.outweighed).map((s) => [s.stated, s.polarity])).toEqual([['2025-08-13', '0']]);
    const r = await box.stancelog('timeline', '--holder', 'ukraine', '--issue', 'territorial-concessions');
    expect(r.stdout).toMatch(/\n {2}◦ 2025-08-13 {2}0 hedge/);
    expect(r.stdout).toContain("◦ a third party's account that the holder's own word of the days before outweighs");
    expect((await box.stancelog('timeline', '--holder', 'russia', '--issue', 'ceasefire')).stdout).not.toContain('◦');
  });

  it('shows a retraction as the non-committal stance it leaves, naming the stance it drops, in the timeline and in explain', async () => {
    const own = sandbox();
    try {
      const says = (holder: string, kind: string, polarity: string, statedAt: string, quote: string) => ({ holder, issue: 'migration-cap', kind, polarity, statedAt, source: { quote } });
      own.write('cap.jsonl', [
        says('greens', 'red-line', '-', '2026-06-10', 'we will never sign an asylum ceiling'),
        says('centre-union', 'demand', '+', '2026-06-12', 'an asylum ceiling must be in the agreement'),
        // A rival's report, the day after their red line, that the Greens dropped it: conflicting reports, whose explanation lists it.
        { ...says('greens', 'retract', '-', '2026-06-11', 'Weber said the Greens had quietly dropped their veto'), speaker: { name: 'Jonas Weber', actor: 'centre-union' } },
        says('greens', 'retract', '-', '2026-08-05', 'the Greens no longer rule out an asylum ceiling'),
      ]);
      expect((await own.stancelog('append', 'cap.jsonl')).code).toBe(0);
      // The position is 0: a line reading "- retract" said the opposite of what the Greens did.
      const timeline = await own.stancelog('timeline', '--holder', 'greens');
      expect(timeline.stdout).toContain('greens on migration-cap: now 0 retract since 2026-08-05');
      expect(timeline.stdout).toMatch(/→ 2026-08-05 {2}0 retract \(drops -\) {2}“the Greens no longer rule out/);
      const explained = await own.stancelog('explain', 'conflicting-reports');
      expect(explained.stdout).toContain('2026-06-11  greens: 0 retract (drops -) on migration-cap');
      // The JSON keeps the statement as entered.
      const [entry] = await own.json<Entry[]>('timeline', '--holder', 'greens');
      expect(entry!.statements.map((st) => [st.kind, st.polarity])).toEqual([['red-line', '-'], ['retract', '-'], ['retract', '-']]);
    } finally {
      own.remove();
    }
  });

  it('says of a retraction of a stance the holder did not hold that it withdrew nothing: no change, no drop, in the text, its legend and the JSON', async () => {
    const own = sandbox();
    try {
      const says = (kind: string, polarity: string, statedAt: string, quote: string) => ({ holder: 'greens', issue: 'migration-cap', kind, polarity, statedAt, source: { quote } });
      own.write('cap.jsonl', [
        says('red-line', '-', '2026-06-10', 'we will never sign an asylum ceiling'),
        says('support', '+', '2026-07-01', 'a ceiling, if it is humane'),
        // The Greens had turned to + already: dropping - withdraws nothing. A hedge that evening is a change of its own.
        says('retract', '-', '2026-08-05T09:00:00Z', 'the Greens no longer rule out an asylum ceiling'),
        says('hedge', '0', '2026-08-05T17:00:00Z', 'we will see what the coalition offers'),
      ]);
      expect((await own.stancelog('append', 'cap.jsonl')).code).toBe(0);
      const text = (await own.stancelog('timeline', '--holder', 'greens')).stdout;
      expect(text).toContain('greens on migration-cap: now 0 hedge since 2026-08-05T17:00:00Z');
      // Neither a drop nor the start of the run of 0: the hedge begins it.
      expect(text).toMatch(/\n {4}2026-08-05T09:00:00Z {2}0 retract \(of -, not held\) {2}“the Greens no longer rule out/);
      expect(text).toMatch(/\n {2}→ 2026-08-05T17:00:00Z {2}0 hedge {2}“we will see/);
      expect(text).not.toContain('drops -');
      expect(text).toContain('0 retract (of +/-, not held): a retraction of a stance the holder did not hold as it was said; it withdrew nothing, and changed no stance');
      const [entry] = await own.json<Entry[]>('timeline', '--holder', 'greens');
      expect(entry!.statements.map((st) => [st.kind, st.polarity, st.change, st.withdrewNothing])).toEqual([
        ['red-line', '-', 'first', false],
        ['support', '+', 'reversal', false],
        ['retract', '-', null, true],
        ['hedge', '0', 'changed', false],
      ]);
      // A retraction that withdrew the stance held drops it, as before, and says so.
      own.write('more.jsonl', [says('retract', '0', '2026-09-01', 'the Greens have no line on a ceiling any more'), says('support', '+', '2026-09-10', 'a humane ceiling'), says('retract', '+', '2026-09-20', 'no ceiling after all')]);
      expect((await own.stancelog('append', 'more.jsonl')).code).toBe(0);
      const after = (await own.stancelog('timeline', '--holder', 'greens')).stdout;
      expect(after).toMatch(/→ 2026-09-20 {2}0 retract \(drops \+\) {2}“no ceiling after all”/);
    } finally {
      own.remove();
    }
  });

  it('prints stored text holding line breaks, tabs or terminal escapes on one line and inert, in the timeline and in explain, and exactly in the JSON', async () => {
    const odd = sandbox();
    try {
      const quote = 'no truce\nnever\t\u001b[31mred';
      const publisher = 'Evil\u001b[2J Wire\r\nsecond line';
      odd.write('odd.jsonl', [
        { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-01', source: { quote, publisher, title: 'a\ttitle\u0007' } },
        { holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-02', source: { quote: 'truce now' } },
      ]);
      expect((await odd.stancelog('append', 'odd.jsonl')).code).toBe(0);
      for (const argv of [['timeline'], ['explain', 'incompatible']]) {
        const r = await odd.stancelog(...argv);
        expect(r.code).toBe(0);
        expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
        expect(r.stdout).toContain('“no truce never \\u001b[31mred”');
        expect(r.stdout).toContain('Evil\\u001b[2J Wire second line');
      }
      expect((await odd.stancelog('explain', 'incompatible')).stdout).toContain('“a title\\u0007”');
      const [entry] = await odd.json<Entry[]>('timeline', '--holder', 'russia');
      expect(entry!.statements[0]!.quote).toBe(quote);
      const explained = await odd.json<{ statements: Array<{ quote: string; publisher: string }> }>('explain', 'incompatible');
      expect(explained.statements.find((st) => st.quote === quote)?.publisher).toBe(publisher);
    } finally {
      odd.remove();
    }
  });

  it('marks a headline in explain once: between its own quote marks when it opens with one, else between “ and ”', async () => {
    const quoted = sandbox();
    try {
      quoted.write('quoted.jsonl', [
        { holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-01', source: { quote: 'no truce', publisher: 'Wire', title: '"No truce," says Moscow' } },
        { holder: 'ukraine', issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt: '2025-03-02', source: { quote: 'truce now', publisher: 'Wire', title: 'Kyiv wants a truce' } },
      ]);
      expect((await quoted.stancelog('append', 'quoted.jsonl')).code).toBe(0);
      const r = await quoted.stancelog('explain', 'incompatible');
      expect(r.stdout).toContain('— Wire, "No truce," says Moscow; recorded');
      expect(r.stdout).toContain('— Wire, “Kyiv wants a truce”; recorded');
    } finally {
      quoted.remove();
    }
  });

  it("writes the whole log's timeline a holder and issue at a time, text and JSON, each as it reads whole (one string of every statement, and its copy to write, peaked at 1.2 GB of memory on 200,000 statements; a leftover of stop 53)", async () => {
    const writes: string[] = [];
    const io = { stdout: { write: (s: string) => writes.push(s) }, stderr: { write: () => true }, cwd: box.dir, env: {} };
    const json = await timelineCommand({ json: true }, io);
    if (json._tag === 'Left') throw new Error(json.left.message);
    expect(json.right.length).toBeGreaterThan(10);
    expect(writes.length).toBe(json.right.length);
    expect(writes.join('')).toBe(JSON.stringify(json.right, null, 2) + '\n');
    writes.length = 0;
    const text = await timelineCommand({}, io);
    if (text._tag === 'Left') throw new Error(text.left.message);
    // A piece per line of the timeline, each a header and its statements, then the legend.
    expect(writes.map((w) => w.slice(0, w.indexOf(':')))).toEqual([...text.right.map((e) => `${e.holder} on ${e.issue}`), '• first stance   → stance or kind changed   ⇄ reversal']);
    expect(writes.every((w) => w.endsWith('\n'))).toBe(true);
    expect(writes.join('')).toBe((await box.stancelog('timeline')).stdout);
  });

  it('refuses a bad date, naming the option', async () => {
    const r = await box.stancelog('timeline', '--as-of', 'spring');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--as-of "spring"');
  });
});

describe('stancelog diff', () => {
  interface Diff {
    newPositions: Array<{ holder: string; issue: string }>;
    changedPositions: Array<{ holder: string; issue: string; reversal: boolean; changedOn: string; before: { firmKind: string | null }; after: { firmKind: string | null } }>;
    contradictionsOpened: ContradictionView[];
    contradictionsResolved: ContradictionView[];
    contradictionsNoLongerFound: ContradictionView[];
  }

  it('lists the positions and contradictions that appeared between two dates', async () => {
    const d = await box.json<Diff>('diff', '--from', '2025-05-01', '--to', '2025-05-31');
    // --from is inclusive: the earlier state is that of the day before it.
    const before = await analysed({ validTime: '2025-04-30' });
    const after = await analysed({ validTime: '2025-05-31' });
    const key = (p: { holder: string; issue: string }) => `${p.holder}/${p.issue}`;
    const had = new Set(positionList(before).map(key));
    expect(d.newPositions.map(key)).toEqual(positionList(after).map(key).filter((k) => !had.has(k)));
    expect(d.newPositions.length).toBeGreaterThan(0);
    const known = new Set(contradictionList(before).map((c) => c.id));
    expect(d.contradictionsOpened.map((c) => c.id)).toEqual(contradictionList(after).filter((c) => !known.has(c.id)).map((c) => c.id));
    expect(d.contradictionsOpened.length).toBeGreaterThan(0);
  });

  it('marks a reversal among the changed positions, and lists contradictions resolved in the range', async () => {
    const present = await analysed();
    const reversal = contradictionList(present, { type: 'reversal' })[0]!;
    const dayBefore = new Date(startOf(reversal.since) - 86_400_000).toISOString().slice(0, 10);
    const d = await box.json<Diff>('diff', '--from', dayBefore, '--to', '2025-12-31');
    expect(d.changedPositions).toContainEqual(expect.objectContaining({ holder: reversal.actors[0], issue: reversal.issues[0], reversal: true }));
    // The reversal happened on the day the contradiction it opened began.
    expect(d.changedPositions.find((c) => c.holder === reversal.actors[0] && c.issue === reversal.issues[0])!.changedOn).toBe(reversal.since);
    const before = await analysed({ validTime: dayBefore });
    const wasResolved = new Set(contradictionList(before, { status: 'resolved' }).map((c) => c.id));
    expect(d.contradictionsResolved.map((c) => c.id)).toEqual(contradictionList(present, { status: 'resolved' }).filter((c) => !wasResolved.has(c.id)).map((c) => c.id));
    const text = await box.stancelog('diff', '--from', dayBefore, '--to', '2025-12-31');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`^from ${dayBefore} to 2025-12-31\n`));
    expect(text.stdout).toMatch(/CHANGED POSITIONS \(\d+, [1-9]\d* reversals?\)/);
  });

  it('lists a stance made firm under the same words as changed, on the day the firm word was said (a review\'s finding)', async () => {
    const firm = sandbox();
    try {
      const says = (holder: string, kind: string, polarity: string, statedAt: string) => ({ holder, issue: 'land', kind, polarity, statedAt, source: { quote: `${holder} ${kind} ${statedAt}` } });
      // Ukraine's refusal, then a red line, then a refusal again: "- reject" before and after, but the red line held.
      firm.write('firm.jsonl', [says('ukraine', 'reject', '-', '2025-05-16'), says('us', 'support', '+', '2025-05-16'), says('ukraine', 'red-line', '-', '2025-05-20'), says('ukraine', 'reject', '-', '2025-05-25')]);
      expect((await firm.stancelog('append', 'firm.jsonl')).code).toBe(0);
      const d = await firm.json<Diff>('diff', '--from', '2025-05-17', '--to', '2025-05-31');
      expect(d.changedPositions.map((c) => [c.holder, c.before.firmKind, c.after.firmKind, c.changedOn, c.reversal])).toEqual([['ukraine', null, 'red-line', '2025-05-20', false]]);
      expect(d.contradictionsOpened.map((c) => c.id)).toEqual(['incompatible:land:ukraine~us']);
    } finally {
      firm.remove();
    }
  });

  it("names a contradiction by the short id contradictions prints, which explain takes back unquoted as of --to (a full id's '|' piped to a command: a review's finding)", async () => {
    const local = sandbox();
    try {
      // Two accounts of the health authority, its own and the union's, on hours in April and on pay in May.
      const accounts = (issue: string, statedAt: string) => [
        { holder: 'health-authority', issue, kind: 'reject', polarity: '-', statedAt, source: { publisher: 'Wire', quote: `no change to ${issue}` } },
        { holder: 'health-authority', speaker: { name: 'Union rep', actor: 'nurses-union' }, issue, kind: 'accept', polarity: '+', statedAt, source: { publisher: 'Other', quote: `the authority agreed on ${issue}, the union says` } },
      ];
      expect((await local.stancelog('append', local.write('talks.jsonl', [...accounts('hours', '2025-04-10'), ...accounts('pay-rise', '2025-05-02')]))).code).toBe(0);
      const d = await local.json<Diff>('diff', '--from', '2025-05', '--to', '2025-05');
      expect(d.contradictionsOpened.map((c) => c.id)).toEqual(['conflicting-reports:health-authority:pay-rise:actor:nurses-union|publisher:Wire']);
      const text = (await local.stancelog('diff', '--from', '2025-05', '--to', '2025-05')).stdout.split('\n');
      const opened = text.indexOf('CONTRADICTIONS OPENED (1)');
      // Unique among every contradiction of both dates, April's too (not listed), as contradictions --as-of prints it.
      const short = 'conflicting-reports:health-authority:pay-rise';
      expect(text[opened + 2]!.split(/ {2,}/)[0]).toBe(short);
      expect((await local.stancelog('contradictions', '--as-of', '2025-05')).stdout.split('\n').map((l) => l.split(/ {2,}/)[0])).toContain(short);
      expect(text.slice(-2)).toEqual(['explain one with stancelog explain ID --as-of 2025-05', '']);
      const explained = await local.stancelog('explain', short, '--as-of', '2025-05', '--json');
      expect([explained.code, (JSON.parse(explained.stdout) as { contradiction: { id: string } }).contradiction.id]).toEqual([0, d.contradictionsOpened[0]!.id]);
    } finally {
      local.remove();
    }
  });

  it('lists as resolved in the range a clash that ended before the log learnt one side of it', async () => {
    const late = sandbox();
    try {
      const says = (holder: string, kind: string, polarity: string, statedAt: string) => ({ holder, issue: 'ceasefire', kind, polarity, statedAt, source: { quote: `${holder} ${kind}` } });
      // Russia's refusal, then its acceptance, are in the log before Ukraine's demand of the days between is read.
      late.write('late.jsonl', [says('russia', 'reject', '-', '2025-05-16'), says('russia', 'accept', '+', '2025-06-02'), says('ukraine', 'demand', '+', '2025-05-20')]);
      expect((await late.stancelog('append', 'late.jsonl')).code).toBe(0);
      const d = await late.json<Diff>('diff', '--from', '2025-05-25', '--to', '2025-06-10');
      // Read in the order of valid times, the clash held from Ukraine's demand to Russia's acceptance: open at --from, resolved by --to.
      expect(d.contradictionsResolved.map((c) => [c.id, c.since, c.until])).toEqual([['incompatible:ceasefire:russia~ukraine', '2025-05-20', '2025-06-02']]);
      expect(d.contradictionsNoLongerFound).toEqual([]);
    } finally {
      late.remove();
    }
  });

  it('compares, with --known-at, the two dates as the log knew them then: a statement learnt later is not in it', async () => {
    const known = sandbox();
    try {
      const says = (holder: string, kind: string, polarity: string, statedAt: string, recordedAt: string) => ({ holder, issue: 'ceasefire', kind, polarity, statedAt, recordedAt, source: { quote: `${holder} ${kind}` } });
      // Ukraine's demand of May 20 reached the log in July.
      known.write('late.jsonl', [says('russia', 'reject', '-', '2025-05-16', '2025-05-17T09:00:00Z'), says('ukraine', 'demand', '+', '2025-05-20', '2025-07-01T09:00:00Z')]);
      expect((await known.stancelog('append', 'late.jsonl')).code).toBe(0);
      const opened = async (...knownAt: string[]) =>
        (await known.json<Diff>('diff', '--from', '2025-05-18', '--to', '2025-05-31', ...knownAt)).contradictionsOpened.map((c) => c.id);
      expect(await opened()).toEqual(['incompatible:ceasefire:russia~ukraine']);
      expect(await opened('--known-at', '2025-06-30')).toEqual([]);
      expect(await opened('--known-at', '2025-07-01')).toEqual(['incompatible:ceasefire:russia~ukraine']);
      const text = await known.stancelog('diff', '--from', '2025-05-18', '--to', '2025-05-31', '--known-at', '2025-06-30');
      expect(text.stdout).toBe('from 2025-05-18 to 2025-05-31, as known at 2025-06-30: nothing changed\n');
      expect((await known.stancelog('diff', '--from', '2025-05-18', '--to', '2025-05-31', '--known-at', 'June')).stderr).toContain('--known-at');
    } finally {
      known.remove();
    }
  });

  it('says, with a --known-at before the log recorded anything, that nothing was recorded by then, as positions does', async () => {
    const known = sandbox();
    try {
      known.write('late.jsonl', [{ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-05-16', recordedAt: '2025-05-17T09:00:00Z', source: { quote: 'no truce' } }]);
      expect((await known.stancelog('append', 'late.jsonl')).code).toBe(0);
      const r = await known.stancelog('diff', '--from', '2025-05-01', '--to', '2025-05-31', '--known-at', '2025-05-10');
      expect(r).toEqual({
        code: 0,
        stdout: 'from 2025-05-01 to 2025-05-31, as known at 2025-05-10: nothing changed\n',
        stderr: "stancelog: nothing was recorded by 2025-05-10 (the log's earliest event was recorded on 2025-05-17): --known-at asks what the log had learnt by a date; --as-of asks what had been said by then\n",
      });
      // Once the log had recorded something, the answer speaks for itself.
      expect((await known.stancelog('diff', '--from', '2025-05-01', '--to', '2025-05-31', '--known-at', '2025-05-17')).stderr).toBe('');
    } finally {
      known.remove();
    }
  });

  it('counts what happened on the --from day, week or month itself (both dates are inclusive)', async () => {
    const oneDay = sandbox();
    try {
      const says = (holder: string, kind: string, polarity: string, statedAt: string) => ({ holder, issue: 'ceasefire', kind, polarity, statedAt, source: { quote: `${holder} ${kind}` } });
      oneDay.write('flip.jsonl', [says('russia', 'reject', '-', '2025-03-01'), says('russia', 'accept', '+', '2025-03-06'), says('ukraine', 'demand', '+', '2025-02-20')]);
      expect((await oneDay.stancelog('append', 'flip.jsonl')).code).toBe(0);
      const flipped = [['russia', 'ceasefire', true]];
      const changes = async (from: string, to: string) => (await oneDay.json<Diff>('diff', '--from', from, '--to', to)).changedPositions.map((c) => [c.holder, c.issue, c.reversal]);
      expect(await changes('2025-03-06', '2025-03-06')).toEqual(flipped);
      expect(await changes('2025-W10', '2025-W10')).toEqual(flipped);
      // Russia's first stance and its reversal both fall in March: new in March, so not a change.
      const march = await oneDay.json<Diff>('diff', '--from', '2025-03', '--to', '2025-03');
      expect(march.newPositions.map((p) => p.holder)).toEqual(['russia']);
      expect(await changes('2025-03-02', '2025-03')).toEqual(flipped);
      expect(await changes('2025-03-07', '2025-03-31')).toEqual([]);
      const text = await oneDay.stancelog('diff', '--from', '2025-03-06', '--to', '2025-03-06');
      expect(text.stdout).toMatch(/^from 2025-03-06 to 2025-03-06\n\nCHANGED POSITIONS \(1, 1 reversal\)/);
      // Every column of the table has its header, the reversal's too.
      const table = text.stdout.split('\n').slice(3, 5);
      expect(table[0]!.split(/ {2,}/)).toEqual(['holder', 'issue', 'before', 'after', 'changed on', 'since', 'reversal']);
      expect(table[1]!.split(/ {2,}/)).toEqual(['russia', 'ceasefire', '- reject', '+ accept', '2025-03-06', '2025-03-06', 'yes']);
    } finally {
      oneDay.remove();
    }
  });

  it('says when nothing changed, and refuses dates in the wrong order', async () => {
    const same = await box.stancelog('diff', '--from', '2024-01-01', '--to', '2024-12-31');
    expect(same.stdout).toBe('from 2024-01-01 to 2024-12-31: nothing changed\n');
    const wrong = await box.stancelog('diff', '--from', '2025-06-01', '--to', '2025-05-01');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('--from 2025-06-01 is after --to 2025-05-01');
    expect((await box.stancelog('diff', '--from', '2025-06-01')).code).toBe(2);
  });

  it('starts from nothing stated when --from is the first day, month or week a date can name', async () => {
    const everything = await box.json<Diff>('diff', '--from', '0001-01-01', '--to', '2025-12-31');
    expect(everything.newPositions.length).toBeGreaterThan(0);
    for (const from of ['0000-01-01', '0000-01', '0000-W01', '0000-01-01T00:00:00Z', '0000-01-01T00:30:00+01:00']) {
      const r = await box.stancelog('diff', '--from', from, '--to', '2025-12-31', '--json');
      expect([from, r.code, r.stderr]).toEqual([from, 0, '']);
      expect(JSON.parse(r.stdout)).toEqual({ ...everything, from });
    }
  });
});

describe('stancelog explain', () => {
  it('explains a contradiction: the rule, every statement with quote and source, and where the actors stand', async () => {
    const contradictions = contradictionList(await analysed());
    const c = contradictions.find((x) => x.type === 'circular-precondition')!;
    const e = await box.json<{ contradiction: ContradictionView; rule: string; statements: Array<{ id: string; quote: string; publisher: string }>; positions: unknown[] }>('explain', c.id);
    expect(e.contradiction).toEqual(c);
    expect(e.statements.map((s) => s.id)).toEqual(contradictionEvidence(await analysed(), c).statements);
    expect(e.rule).toContain('cycle');
    const text = await box.stancelog('explain', c.id);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe(c.id);
    expect(text.stdout).toContain('WHY: the rule circular-precondition fires when');
    for (const s of e.statements) {
      expect(text.stdout).toContain(`“${s.quote}”`);
      expect(text.stdout).toContain(s.publisher);
    }
  });

  it('shows a cycle edge by edge, in its order, with the statements that set each condition', async () => {
    const state = await analysed();
    const c = contradictionList(state, { type: 'circular-precondition' })[0]!;
    const evidence = contradictionEvidence(state, c);
    const e = await box.json<{ statements: Array<{ id: string; quote: string }>; cycle: CycleEdgeEvidence[] }>('explain', c.id);
    expect(e.cycle).toEqual(evidence.cycle);
    const said = (holder: string, from: string, to: string) =>
      e.cycle.find((edge) => edge.from === from && edge.to === to)!.holders.find((h) => h.holder === holder)!.statements;
    // Ukraine set its condition on 2025-04-23 and has since only proposed talks: the condition is the word that set the edge.
    const [ukraineCondition] = said('ukraine', 'ceasefire', 'peace-talks');
    expect(e.statements.map((s) => s.id)).toContain(ukraineCondition);
    const quote = (id: string) => e.statements.find((s) => s.id === id)!.quote;
    const text = (await box.stancelog('explain', c.id)).stdout;
    const section = text.slice(text.indexOf('THE CYCLE'), text.indexOf('\nSTATEMENTS'));
    expect(section.split('\n').filter((l) => /^  \S/.test(l))).toEqual([
      'germany: ceasefire before peace-talks',
      'ukraine: ceasefire before peace-talks',
      // The step the hierarchy makes, which no holder's condition names: talks include talks on territory.
      '(peace-talks includes territorial-concessions)',
      'russia: territorial-concessions before ceasefire',
    ].map((l) => `  ${l}`));
    expect(section).toContain(`  ukraine: ceasefire before peace-talks\n    2025-04-23  “${quote(ukraineCondition!)}”; id ${ukraineCondition}\n`);
    const [russiaCondition] = said('russia', 'territorial-concessions', 'ceasefire');
    // Said at the Istanbul round of early June: dated to its month.
    expect(section).toContain(`  russia: territorial-concessions before ceasefire\n    2025-06  “${quote(russiaCondition!)}”; id ${russiaCondition}\n`);
    expect(text).toContain(`STATEMENTS (${evidence.statements.length})`);
  });

  it('says of a retraction of a stance the holder did not hold that it withdrew nothing, among the statements and as what ended it, as timeline does', async () => {
    const own = sandbox();
    try {
      const says = (kind: string, polarity: string, statedAt: string, quote: string, speaker?: { name: string; actor: string }) => ({
        holder: 'greens', issue: 'migration-cap', kind, polarity, statedAt, source: { quote }, ...(speaker ? { speaker } : {}),
      });
      own.write('cap.jsonl', [
        says('red-line', '-', '2026-06-10', 'we will never sign an asylum ceiling'),
        says('support', '+', '2026-07-01', 'a ceiling, if it is humane'),
        // A rival's report, after the Greens had turned to +, that they dropped their veto: it withdraws nothing, and differs from their word.
        says('retract', '-', '2026-07-05', 'Weber said the Greens had dropped their veto', { name: 'Jonas Weber', actor: 'centre-union' }),
        // The Greens' own word after both accounts settles the conflict: a retraction of - again, which withdraws nothing either.
        says('retract', '-', '2026-07-20', 'the Greens no longer rule out an asylum ceiling'),
      ]);
      expect((await own.stancelog('append', 'cap.jsonl')).code).toBe(0);
      const [c] = await own.json<ContradictionView[]>('contradictions', '--type', 'conflicting-reports');
      expect([c?.status, c?.until]).toEqual(['resolved', '2026-07-20']);
      const text = (await own.stancelog('explain', c!.id)).stdout;
      expect(text).toContain('\n  2026-07-05  greens: 0 retract (of -, not held) on migration-cap\n');
      expect(text).toContain('\nENDED BY\n  2026-07-20  greens: 0 retract (of -, not held) on migration-cap\n');
      expect(text).not.toContain('drops -');
      // The legend timeline prints says what that means.
      expect(text).toContain('\n0 retract (of +/-, not held): a retraction of a stance the holder did not hold as it was said; it withdrew nothing, and changed no stance\n');
      // The JSON says it of each statement as timeline's does; the support withdrew nothing, being no retraction.
      const e = await own.json<{ statements: Array<{ stated: string; withdrewNothing: boolean }>; endedBy: { stated: string; withdrewNothing: boolean } }>('explain', c!.id);
      expect(e.statements.map((s) => [s.stated, s.withdrewNothing])).toEqual([['2026-07-01', false], ['2026-07-05', true]]);
      expect([e.endedBy.stated, e.endedBy.withdrewNothing]).toEqual(['2026-07-20', true]);
      const timeline = (await own.stancelog('timeline', '--holder', 'greens')).stdout;
      for (const day of ['2026-07-05', '2026-07-20']) expect(timeline).toMatch(new RegExp(`${day} {2}0 retract \\(of -, not held\\)`));
    } finally {
      own.remove();
    }
  });

  it('adds no cycle to other contradictions, and lists the statements the ledger gives', async () => {
    const c = contradictionList(await analysed(), { type: 'incompatible' })[0]!;
    const e = await box.json<Record<string, unknown> & { statements: Array<{ id: string }> }>('explain', c.id);
    expect(Object.keys(e)).toEqual(['contradiction', 'rule', 'statements', 'endedBy', 'positions', 'reported']);
    // Both sides in their own words: it rests on no report, and the text has no such section.
    expect(e['reported']).toEqual([]);
    expect((await box.stancelog('explain', c.id)).stdout).not.toContain('ON REPORTS');
    // Open: nothing ended it, and the text has no such section.
    expect(e.endedBy).toBeNull();
    expect((await box.stancelog('explain', c.id)).stdout).not.toContain('ENDED BY');
    expect(e.statements.map((s) => s.id)).toEqual(c.statements);
    expect((await box.stancelog('explain', c.id)).stdout).not.toContain('THE CYCLE');
  });

  it('names the statement that ended a resolved contradiction, with its quote and source, as the ones that began it', async () => {
    const local = sandbox();
    try {
      const say = (holder: string, kind: string, polarity: string, statedAt: string, quote: string, publisher: string) => ({
        holder, issue: 'wealth-tax', kind, polarity, statedAt, source: { quote, publisher },
      });
      local.write('s.jsonl', [
        say('greens', 'demand', '+', '2026-06-10', 'a wealth tax is the price of our support', 'Daily'),
        say('liberals', 'red-line', '-', '2026-06-12', 'no new taxes on capital, ever', 'Herald'),
        say('liberals', 'accept', '+', '2026-08-01', 'we can live with a modest levy on the largest fortunes', 'Courier'),
      ]);
      expect((await local.stancelog('append', 's.jsonl')).code).toBe(0);
      const [c] = await local.json<ContradictionView[]>('contradictions', '--type', 'incompatible');
      expect([c?.status, c?.until]).toEqual(['resolved', '2026-08-01']);
      const e = await local.json<{ contradiction: ContradictionView; endedBy: { id: string; quote: string; publisher: string } | null }>('explain', c!.id);
      expect(e.endedBy).toMatchObject({ id: c!.resolvedBy, quote: 'we can live with a modest levy on the largest fortunes', publisher: 'Courier' });
      const text = (await local.stancelog('explain', c!.id)).stdout;
      expect(text).toContain(
        '\nENDED BY\n' +
          '  2026-08-01  liberals: + accept on wealth-tax\n' +
          '    “we can live with a modest levy on the largest fortunes”\n' +
          `    — Courier; recorded ${text.match(/recorded (\S+); id /)![1]}; id ${c!.resolvedBy}\n`,
      );
      // After the statements that began it, before where they stand now.
      expect(text.indexOf('STATEMENTS (2)')).toBeLessThan(text.indexOf('ENDED BY'));
      expect(text.indexOf('ENDED BY')).toBeLessThan(text.indexOf('WHERE THEY STAND NOW'));
    } finally {
      local.remove();
    }
  });

  it("says when a contradiction rests on a third party's report, in explain and in the list of open ones, until the holder's own word takes its place", async () => {
    const local = sandbox();
    try {
      const say = (holder: string, kind: string, polarity: string, statedAt: string, quote: string, speaker?: { name: string; actor: string }) => ({
        holder, issue: 'wealth-tax', kind, polarity, statedAt, source: { quote, publisher: 'Daily' }, ...(speaker ? { speaker } : {}),
      });
      local.write('s.jsonl', [
        say('greens', 'demand', '+', '2026-06-10', 'a wealth tax is the price of our support'),
        // The liberals' refusal as the greens' leader tells it.
        say('liberals', 'red-line', '-', '2026-06-12', 'the liberals will never accept a wealth tax', { name: 'Ana Greve', actor: 'greens' }),
      ]);
      expect((await local.stancelog('append', 's.jsonl')).code).toBe(0);
      const listed = (await local.stancelog('contradictions')).stdout;
      expect(listed).toContain('greens demand wealth-tax (+) against liberals red-line wealth-tax (-); liberals as reported by greens\n');
      const [c] = await local.json<ContradictionView[]>('contradictions', '--type', 'incompatible');
      const e = await local.json<{ reported: unknown }>('explain', c!.id);
      expect(e.reported).toEqual([{ holder: 'liberals', issue: 'wealth-tax', by: 'greens' }]);
      const text = (await local.stancelog('explain', c!.id)).stdout;
      expect(text).toContain("\nON REPORTS: a stance it rests on is a third party's account, not the holder's own word\n  liberals on wealth-tax, as greens reports it\n");
      // Said before the evidence.
      expect(text.indexOf('ON REPORTS')).toBeLessThan(text.indexOf('STATEMENTS (2)'));
      // The liberals say it themselves: the clash stands on its holders' own words.
      local.write('own.jsonl', [say('liberals', 'red-line', '-', '2026-06-14', 'no wealth tax, full stop', { name: 'Jon Berg', actor: 'liberals' })]);
      expect((await local.stancelog('append', 'own.jsonl')).code).toBe(0);
      expect((await local.stancelog('contradictions')).stdout).not.toContain('as reported by');
      expect((await local.stancelog('explain', c!.id)).stdout).not.toContain('ON REPORTS');
    } finally {
      local.remove();
    }
  });

  it('says when a condition in a cycle asks that an issue not hold', async () => {
    const local = sandbox();
    try {
      const say = (holder: string, issue: string, condition: { issue: string; polarity: string }, statedAt: string, quote: string) => ({
        holder, issue, kind: 'condition', polarity: '+', conditions: [condition], statedAt, source: { quote },
      });
      local.write('s.jsonl', [
        say('kyiv', 'peace-talks', { issue: 'ceasefire', polarity: '+' }, '2025-04-23', 'a truce first'),
        say('moscow', 'ceasefire', { issue: 'peace-talks', polarity: '-' }, '2025-05-01', 'no truce while talks are pending'),
      ]);
      expect((await local.stancelog('append', 's.jsonl')).code).toBe(0);
      const [c] = await local.json<ContradictionView[]>('contradictions', '--type', 'circular-precondition');
      expect(c).toBeDefined();
      const text = (await local.stancelog('explain', c!.id)).stdout;
      expect(text).toContain('  moscow: peace-talks before ceasefire (if peace-talks -)\n    2025-05-01  “no truce while talks are pending”');
      expect(text).toContain('  kyiv: ceasefire before peace-talks\n    2025-04-23  “a truce first”');
    } finally {
      local.remove();
    }
  });

  it('words its answer by the date asked with --as-of or --known-at, not as the log stands now', async () => {
    const dated = sandbox();
    try {
      const says = (holder: string, kind: string, polarity: string, statedAt: string) => ({ holder, issue: 'ceasefire', kind, polarity, statedAt, source: { quote: `${holder} ${kind}` } });
      dated.write('s.jsonl', [says('russia', 'reject', '-', '2025-03-01'), says('ukraine', 'demand', '+', '2025-03-02'), says('russia', 'accept', '+', '2025-03-06')]);
      expect((await dated.stancelog('append', 's.jsonl')).code).toBe(0);
      const none = await dated.stancelog('explain', 'circular', '--as-of', '2025-03-05');
      expect(none.stderr).toBe('stancelog: no contradiction "circular" (1 as of 2025-03-05): list their ids with stancelog contradictions --as-of 2025-03-05\n');
      expect((await dated.stancelog('explain', 'circular')).stderr).toContain('(2 in the log)');
      const explained = (await dated.stancelog('explain', 'incompatible', '--as-of', '2025-03-05')).stdout;
      expect(explained).toContain('\nWHERE THEY STOOD AS OF 2025-03-05\n  russia on ceasefire: - reject since 2025-03-01\n');
      expect(explained).not.toContain('NOW');
      const timeline = await dated.stancelog('timeline', '--holder', 'russia', '--as-of', '2025-03-05');
      expect(timeline.stdout.split('\n')[0]).toBe('russia on ceasefire, as of 2025-03-05: - reject since 2025-03-01');
      const known = await dated.stancelog('timeline', '--holder', 'russia', '--known-at', '2099-01-01');
      expect(known.stdout.split('\n')[0]).toBe('russia on ceasefire, as known at 2099-01-01: + accept since 2025-03-06');
      expect((await dated.stancelog('timeline', '--holder', 'russia')).stdout.split('\n')[0]).toBe('russia on ceasefire: now + accept since 2025-03-06');
    } finally {
      dated.remove();
    }
  });

  it('accepts a prefix that names one contradiction, and names the candidates of an ambiguous one', async () => {
    const contradictions = contradictionList(await analysed());
    const c = contradictions.find((x) => x.type === 'circular-precondition')!;
    expect((await box.json<{ contradiction: ContradictionView }>('explain', c.id.slice(0, c.id.length - 3))).contradiction.id).toBe(c.id);
    const r = await box.stancelog('explain', 'incompatible:');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(contradictions.find((x) => x.type === 'incompatible')!.id);
  });

  it('names an unknown id and where to find the right one', async () => {
    const r = await box.stancelog('explain', 'no-such-thing');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no contradiction "no-such-thing" \(\d+ in the log\): list their ids with stancelog contradictions/);
  });

  it('suggests the id, or the prefix carried on to the end of its word, that an unknown one is a slip of', async () => {
    const count = contradictionList(await analysed()).length;
    for (const [typed, meant] of [
      ['incompatable:ceasefire:russia~ukraine', 'incompatible:ceasefire:russia~ukraine'],
      ['INCOMPATIBLE:ceasefire:russia~ukraine', 'incompatible:ceasefire:russia~ukraine'],
      ['reversl', 'reversal'],
      ['incompatible:talks-fromat', 'incompatible:talks-format'],
    ]) {
      const r = await box.stancelog('explain', typed!);
      expect([r.code, r.stderr]).toEqual([1, `stancelog: no contradiction "${typed}" (${count} in the log); did you mean ${meant}?\n`]);
    }
  });

  it('refuses an empty id, which every id starts with', async () => {
    const r = await box.stancelog('explain', '');
    expect([r.code, r.stderr]).toEqual([1, "stancelog: the id is empty: give a contradiction's id, or its first words (stancelog contradictions lists them)\n"]);
  });

  it('names ten of the contradictions an ambiguous prefix names, and counts the others', async () => {
    const incompatible = contradictionList(await analysed()).filter((c) => c.id.startsWith('incompatible:'));
    expect(incompatible.length).toBeGreaterThan(10);
    const r = await box.stancelog('explain', 'incompatible:');
    expect([r.code, r.stderr]).toEqual([
      1,
      `stancelog: "incompatible:" names ${incompatible.length} contradictions: ${incompatible.slice(0, 10).map((c) => c.id).join(', ')}, and ${incompatible.length - 10} more (stancelog contradictions lists them)\n`,
    ]);
  });
});

describe('stancelog report', () => {
  it('writes the report to a folder, relative to the working directory', async () => {
    const r = await box.json<{ index: string; days: number; positions: number; contradictions: number }>('report', '--out', 'site');
    expect(r.index).toBe(join(box.dir, 'site', 'index.html'));
    expect(existsSync(join(box.dir, 'site', 'assets', 'cytoscape.min.js'))).toBe(true);
    const present = await analysed();
    expect(r.positions).toBe(positionList(present).length);
    expect(r.contradictions).toBe(contradictionList(present).length);
    const html = readFileSync(r.index, 'utf8');
    expect(html).toContain('<title>stancelog report</title>');
  });

  it('draws a progress bar on a terminal', async () => {
    let drawn = '';
    const io = { stdout: { write: () => true }, stderr: { isTTY: true, write: (s: string) => (drawn += s) }, cwd: box.dir, env: {} };
    const r = await reportCommand({ out: 'tty' }, io);
    expect(r._tag).toBe('Right');
    expect(drawn).toContain('replaying day by day');
  });

  it('stops at --as-of, and stays quiet on stderr when not on a terminal', async () => {
    const r = await box.stancelog('report', '--out', 'may', '--as-of', '2025-05-31', '--title', 'Talks in May');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^report written to .*may\/index\.html\n\d+ days with statements \(2025-\d\d-\d\d to 2025-05-\d\d\)/);
    const data = JSON.parse(readFileSync(join(box.dir, 'may', 'data.json'), 'utf8')) as ReportData;
    expect(data.title).toBe('Talks in May');
    expect(frameViews(data, data.frames.length - 1).positions).toEqual(positionList(await analysed({ validTime: '2025-05-31' })));
  });

  it('counts in words that agree with their numbers, and says how many days the slider keeps when there are too many', async () => {
    const own = sandbox();
    try {
      const says = (holder: string, statedAt: string) => ({ holder, issue: 'ceasefire', kind: 'demand', polarity: '+', statedAt, source: { quote: `${holder} on ${statedAt}` } });
      own.write('one.jsonl', [says('ukraine', '2025-03-01')]);
      expect((await own.stancelog('append', 'one.jsonl', '--store', 'one-log.jsonl')).code).toBe(0);
      const one = await own.stancelog('report', '--out', 'one', '--store', 'one-log.jsonl');
      expect(one.stdout.split('\n')[1]).toBe('1 day with statements (2025-03-01 to 2025-03-01), 1 position, 0 contradictions');
      // 401 days: one more than the slider keeps. It said "400 days with statements".
      const start = Date.UTC(2024, 0, 1);
      own.write('many.jsonl', Array.from({ length: 401 }, (_, i) => says('ukraine', new Date(start + i * 86_400_000).toISOString().slice(0, 10))));
      expect((await own.stancelog('append', 'many.jsonl', '--store', 'many-log.jsonl')).code).toBe(0);
      const many = await own.stancelog('report', '--out', 'many', '--store', 'many-log.jsonl', '--json');
      expect(JSON.parse(many.stdout)).toMatchObject({ days: 400, statementDays: 401 });
      const said = await own.stancelog('report', '--out', 'many', '--force', '--store', 'many-log.jsonl');
      expect(said.stdout.split('\n')[1]).toBe('401 days with statements (2024-01-01 to 2025-02-04), 400 of them on the slider (sampled evenly, the first and the last kept), 1 position, 0 contradictions');
    } finally {
      own.remove();
    }
  }, 60_000);

  it('refuses, in words, an --out that is a file or lies under one, before reading the log', async () => {
    writeFileSync(join(box.dir, 'f.txt'), 'notes');
    const file = await box.stancelog('report', '--out', 'f.txt');
    expect([file.code, file.stderr]).toEqual([1, 'stancelog: --out f.txt is a file, not a folder\n']);
    const under = await box.stancelog('report', '--out', 'f.txt/site');
    expect([under.code, under.stderr]).toEqual([1, 'stancelog: --out f.txt/site: f.txt is a file, not a folder\n']);
  });

  it('needs --out', async () => {
    const r = await box.stancelog('report');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("required option '--out <dir>'");
  });
});
