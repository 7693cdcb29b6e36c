import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sandbox } from './harness.js';
import type { CountedRead } from './file-store-spy.js';
import type { Sandbox } from './harness.js';

// Every read of the log the command makes, with the events it yielded,
// counted on the store it opens: a read of the whole log is the cost that
// grows with it.
const reads: CountedRead[] = [];
jest.mock('@stancelog/store-file', () => jest.requireActual<typeof import('./file-store-spy.js')>('./file-store-spy.js').readCountingStore(() => reads));

const said = (holder: string, issue: string, quote: string) => ({ holder, issue, kind: 'reject', polarity: '-', statedAt: '2026-03-20', source: { publisher: 'Capital Post', quote } });

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
  reads.length = 0;
});
afterEach(() => box.remove());

describe('stancelog append, of a line naming an id new to the log', () => {
  it('takes the ids it checks for a slip from the registry\'s snapshot and the events since, not from a read of the whole log (a leftover of stop 50)', async () => {
    const filler = Array.from({ length: 1200 }, (_, i) => said(i % 2 === 0 ? 'liberals' : 'centre', 'wealth-tax', `no wealth tax, said for the ${i}th time`));
    expect((await box.stancelog('append', box.write('filler.jsonl', filler))).code).toBe(0);
    // The first append that needs the registry replays the log, and saves its snapshot beside it.
    const first = await box.stancelog('append', box.write('one.jsonl', [said('liberal', 'wealth-tax', 'a slip of the hand')]));
    expect([first.code, first.stderr]).toEqual([0, 'stancelog: warning: one.jsonl line 1: holder "liberal" is no actor of the log; did you mean liberals? (appended all the same, as a new actor)\n']);
    expect(existsSync(join(box.dir, 'stancelog.jsonl.snapshots', 'registry.snapshot'))).toBe(true);
    reads.length = 0;
    const second = await box.stancelog('append', box.write('two.jsonl', [said('centr', 'wealth-taxes', 'another slip')]));
    expect([second.code, second.stderr]).toEqual([
      0,
      'stancelog: warning: two.jsonl line 1: holder "centr" is no actor of the log; did you mean centre? (appended all the same, as a new actor)\n' +
        'stancelog: warning: two.jsonl line 1: issue "wealth-taxes" is no issue of the log; did you mean wealth-tax? (appended all the same, as a new issue)\n',
    ]);
    expect(reads.map((r) => r.query)).not.toContain('{}');
    expect(reads.reduce((sum, r) => sum + r.events, 0)).toBeLessThan(100);
  });

  it('weighs statements back-filled into a log against the definitions\' snapshot and the events since, not a read of the whole log (a leftover of stop 52)', async () => {
    const register = [{ type: 'issue-defined', data: { id: 'wealth-tax', title: 'Wealth tax', proposition: 'a tax on fortunes is levied' } }];
    const filler = Array.from({ length: 1200 }, (_, i) => said(i % 2 === 0 ? 'liberals' : 'centre', 'wealth-tax', `no wealth tax, said for the ${i}th time`));
    expect((await box.stancelog('append', box.write('filler.jsonl', [...register, ...filler]))).code).toBe(0);
    const backFilled = (issue: string, quote: string) => ({ ...said('greens', issue, quote), recordedAt: '2026-03-21T08:00:00Z' });
    const today = new Date().toISOString().slice(0, 10);
    const late = (file: string, position: number, issue: string) =>
      `stancelog: warning: ${file} line 1: recorded 2026-03-21, before the log registered what it names (#${position} issue-defined ${issue}, recorded ${today}): --known-at a day between sees it provisional, without the names, offices or issue hierarchy recorded later; the log keeps an event's first recording, so in a log begun anew give the registry lines a recordedAt no later than the statements'\n`;
    // The first back-fill replays the log for its definitions, and saves their snapshot beside it.
    const first = await box.stancelog('append', box.write('one.jsonl', [backFilled('wealth-tax', 'we back the wealth tax')]));
    expect([first.code, first.stderr]).toEqual([0, late('one.jsonl', 1, 'wealth-tax')]);
    expect(existsSync(join(box.dir, 'stancelog.jsonl.snapshots', 'registry-definitions.snapshot'))).toBe(true);
    // An issue defined since is read from the events after the snapshot.
    const defined = await box.json<{ ids: string[] }>('append', box.write('more.jsonl', [{ type: 'issue-defined', data: { id: 'inheritance-tax', title: 'Inheritance tax', proposition: 'estates are taxed' } }]));
    reads.length = 0;
    const second = await box.stancelog('append', box.write('two.jsonl', [backFilled('inheritance-tax', 'tax estates, not fortunes')]));
    expect([second.code, second.stderr]).toEqual([0, late('two.jsonl', 1203, 'inheritance-tax')]);
    expect(reads.map((r) => r.query)).not.toContain('{}');
    expect(reads.reduce((sum, r) => sum + r.events, 0)).toBeLessThan(100);
    // Its definition withdrawn, the issue is known from the statements alone: nothing recorded late to say.
    expect((await box.stancelog('withdraw', defined.ids[0]!, '--reason', 'defined by mistake')).code).toBe(0);
    reads.length = 0;
    const third = await box.stancelog('append', box.write('three.jsonl', [backFilled('inheritance-tax', 'estates should carry the burden')]));
    expect([third.code, third.stderr]).toEqual([0, '']);
    expect(reads.map((r) => r.query)).not.toContain('{}');
  });
});
