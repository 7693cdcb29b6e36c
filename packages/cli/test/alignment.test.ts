// `stancelog alignment`: who stands with whom, on the Ukraine demo's log; the expectations come from the core's own
// alignmentList of the same events, and from the demo's contradictions.
import { parse } from 'csv-parse/sync';
import { alignmentList, contradictionList } from '@stancelog/core';
import type { AlignmentView } from '@stancelog/core';
import { registryEvents } from '../../../examples/ukraine-2025/src/registry.js';
import { analysedDemo as analysed, demoSandbox } from './demo-analysis.js';
import { sandbox } from './harness.js';
import type { Sandbox } from './harness.js';

let box: Sandbox;
beforeAll(async () => {
  box = await demoSandbox();
});
afterAll(() => box.remove());

describe('stancelog alignment', () => {
  it("prints each pair's agreements, disagreements, score and issues as a table, best aligned first", async () => {
    const r = await box.stancelog('alignment');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^actors +agree +disagree +score +issues$/);
    const expected = alignmentList(await analysed());
    expect(lines.length).toBe(expected.length + 1);
    const russiaUkraine = lines.find((l) => l.startsWith('russia, ukraine '))!;
    expect(russiaUkraine.split(/ {2,}/)).toEqual(['russia, ukraine', '1', '5', '-0.67', 'agree: prisoner-exchange; disagree: ceasefire, nato-membership, peace-talks, talks-format, territorial-concessions']);
    expect(lines.slice(1).map((l) => l.split(/ {2,}/)[0])).toEqual(expected.map((a) => a.actors.join(', ')));
  });

  it("opposes Russia and Ukraine on every issue of the demo's open incompatibilities between them", async () => {
    const pairs = await box.json<AlignmentView[]>('alignment', '--holder', 'ukraine');
    const pair = pairs.find((a) => a.actors[0] === 'russia' && a.actors[1] === 'ukraine')!;
    const clashes = contradictionList(await analysed(), { type: 'incompatible', status: 'open' }).filter((c) => c.actors.includes('russia') && c.actors.includes('ukraine'));
    expect(clashes.length).toBeGreaterThanOrEqual(4);
    for (const c of clashes) expect(pair.disagree).toContain(c.issues[0]);
  });

  it('prints with --json the pairs core gives, each with its actors, score, issues and evidence', async () => {
    const pairs = await box.json<AlignmentView[]>('alignment');
    expect(pairs).toEqual(alignmentList(await analysed()));
    expect(Object.keys(pairs[0]!)).toEqual(['actors', 'score', 'agree', 'disagree', 'evidence']);
    expect(Object.keys(pairs[0]!.evidence[0]!)).toEqual(['issue', 'statements']);
  });

  it('writes with --csv a row per pair that reads back as --json says it', async () => {
    const r = await box.stancelog('alignment', '--csv');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[0]).toBe('actors,score,agree,disagree,evidence');
    const list = (cell: string): string[] => (cell === '' ? [] : cell.split('; '));
    const rows = (parse(r.stdout, { columns: true }) as Array<Record<string, string>>).map((row) => ({
      actors: list(row.actors!),
      score: Number(row.score),
      agree: list(row.agree!),
      disagree: list(row.disagree!),
      evidence: list(row.evidence!).map((part) => {
        const [issue, a, b, ...rest] = part.split(' ');
        expect(rest).toEqual([]);
        return { issue, statements: [a, b] };
      }),
    }));
    expect(rows).toEqual(await box.json<AlignmentView[]>('alignment'));
    const semi = await box.stancelog('alignment', '--csv', '--separator', ';');
    expect(parse(semi.stdout, { columns: true, delimiter: ';' })).toEqual(parse(r.stdout, { columns: true }));
  });

  it('answers as of a date (valid time) and as the log knew it (recorded time)', async () => {
    const may = await box.json<AlignmentView[]>('alignment', '--as-of', '2025-05-16');
    expect(may).toEqual(alignmentList(await analysed({ validTime: '2025-05-16' })));
    expect(may).not.toEqual(await box.json<AlignmentView[]>('alignment'));
    // The demo's articles were recorded the morning after they appeared: on 16 May the log had not learnt that day's.
    const known = await box.json<AlignmentView[]>('alignment', '--known-at', '2025-05-16');
    expect(known).toEqual(alignmentList(await analysed({ recordedTime: '2025-05-16' })));
    expect(known).not.toEqual(may);
    const r = await box.stancelog('alignment', '--known-at', '2025-03-01');
    expect([r.code, r.stdout]).toEqual([0, 'no pairs of holders with a stance on a same issue (known at 2025-03-01)\n']);
    expect(r.stderr).toMatch(/^stancelog: no statement was recorded by 2025-03-01, only the register/);
  });

  it('keeps the pairs of a holder, weighs one issue, leaves out reported stances with --first-hand and the pairs sharing fewer issues with --min-shared', async () => {
    const all = alignmentList(await analysed());
    const state = await analysed();
    expect(await box.json('alignment', '--holder', 'russia')).toEqual(alignmentList(state, { holder: 'russia' }));
    expect(await box.json('alignment', '--issue', 'ceasefire', '--holder', 'ukraine')).toEqual(alignmentList(state, { issue: 'ceasefire', holder: 'ukraine' }));
    const firstHand = await box.json<AlignmentView[]>('alignment', '--first-hand');
    expect(firstHand).toEqual(alignmentList(state, { firstHandOnly: true }));
    // The demo's reports (Merz on Kyiv, Macron on Washington, Yermak on Moscow) set some stances: without them, fewer issues shared.
    expect(firstHand).not.toEqual(all);
    const shared = (a: AlignmentView): number => a.agree.length + a.disagree.length;
    const three = await box.json<AlignmentView[]>('alignment', '--min-shared', '3');
    expect(three).toEqual(all.filter((a) => shared(a) >= 3));
    expect(three.length).toBeGreaterThan(0);
    expect(three.length).toBeLessThan(all.length);
  });

  it('refuses a bad option value, naming the option and the value', async () => {
    for (const [value, shown] of [['0', '"0"'], ['two', '"two"'], ['1.5', '"1.5"'], ['-1', '"-1"']] as const) {
      const r = await box.stancelog('alignment', `--min-shared=${value}`);
      expect([r.code, r.stderr]).toEqual([1, `stancelog: --min-shared ${shown}: expected a whole number of issues, 1 or more\n`]);
    }
    const holder = await box.stancelog('alignment', '--holder', 'rusia');
    expect([holder.code, holder.stderr]).toEqual([1, 'stancelog: --holder rusia: no actor "rusia" in the log; did you mean russia?\n']);
    const issue = await box.stancelog('alignment', '--issue', 'ceasfire');
    expect([issue.code, issue.stderr]).toEqual([1, 'stancelog: --issue ceasfire: no issue "ceasfire" in the log; did you mean ceasefire?\n']);
    const date = await box.stancelog('alignment', '--as-of', 'yesterday');
    expect(date.code).toBe(1);
    expect(date.stderr).toMatch(/^stancelog: --as-of "yesterday": not a date/);
    const both = await box.stancelog('alignment', '--csv', '--json');
    expect(both.stderr).toBe('stancelog: --csv and --json: give one (--csv writes a table for a spreadsheet, --json the whole of each row)\n');
  });

  it('says so when nothing is found (a log of its register alone), and writes [] or the CSV header alone', async () => {
    const empty = sandbox();
    try {
      empty.write('register.jsonl', registryEvents);
      expect((await empty.stancelog('append', 'register.jsonl')).code).toBe(0);
      expect(await empty.stancelog('alignment')).toEqual({ code: 0, stdout: 'no pairs of holders with a stance on a same issue\n', stderr: '' });
      expect(await empty.json('alignment')).toEqual([]);
      expect((await empty.stancelog('alignment', '--csv')).stdout).toBe('actors,score,agree,disagree,evidence\r\n');
    } finally {
      empty.remove();
    }
    const r = await box.stancelog('alignment', '--holder', 'france', '--first-hand', '--min-shared', '9');
    expect(r).toEqual({ code: 0, stdout: 'no pairs of holders with a stance on a same issue (holder france, first-hand only, min shared 9)\n', stderr: '' });
  });
});
