import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sandbox } from './harness.js';
import type { CountedRead } from './file-store-spy.js';
import type { Sandbox } from './harness.js';

// Every read of the log the command makes, with the events it yielded,
// counted on the store it opens: a read of the whole log ({} or from
// position 0) is the cost that grows with it.
const reads: CountedRead[] = [];
jest.mock('@stancelog/store-file', () => jest.requireActual<typeof import('./file-store-spy.js')>('./file-store-spy.js').readCountingStore(() => reads));

const said = (holder: string, issue: string, quote: string) => ({ holder, issue, kind: 'reject', polarity: '-', statedAt: '2026-03-20', source: { publisher: 'Capital Post', quote } });
const registryLines = [
  { type: 'actor-registered', data: { id: 'liberals', kind: 'organisation', name: 'Liberal Union' } },
  { type: 'actor-registered', data: { id: 'centre', kind: 'organisation', name: 'Centre Party' } },
  { type: 'issue-defined', data: { id: 'taxes', title: 'Taxes', proposition: 'taxes are reformed' } },
  { type: 'issue-defined', data: { id: 'wealth-tax', title: 'Wealth tax', proposition: 'a tax on fortunes is levied', parent: 'taxes' } },
];
const filler = Array.from({ length: 1200 }, (_, i) => said(i % 2 === 0 ? 'liberals' : 'centre', i % 3 === 0 ? 'wealth-tax' : 'pensions', `no, said for the ${i}th time`));
const wholeReads = (): string[] => reads.map((r) => r.query).filter((q) => q === '{}' || q === '{"after":0}');
const readEvents = (): number => reads.reduce((sum, r) => sum + r.events, 0);

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
  reads.length = 0;
});
afterEach(() => box.remove());

describe('stancelog registry, on the log as it is now', () => {
  it("reads the registry from its snapshot and the events since, not the whole log, and lists what a replay lists (a finding of stop 53)", async () => {
    const appended = await box.json<{ ids: string[] }>('append', box.write('log.jsonl', [...registryLines, ...filler]));
    // The first run replays the log, and saves the registry's snapshot beside it.
    const first = await box.stancelog('registry');
    expect(first.code).toBe(0);
    expect(existsSync(join(box.dir, 'stancelog.jsonl.snapshots', 'registry.snapshot'))).toBe(true);
    // Since the snapshot: an issue defined, and the Centre Party's registration withdrawn (an event before the snapshot).
    expect((await box.stancelog('append', box.write('more.jsonl', [{ type: 'issue-defined', data: { id: 'pensions', title: 'Pensions', proposition: 'pensions rise' } }]))).code).toBe(0);
    expect((await box.stancelog('withdraw', appended.ids[1]!, '--reason', 'registered under the wrong id')).code).toBe(0);
    // A withdrawal since the snapshot folds the log again without what it withdraws (as project does), once: the registry is saved anew.
    const refolded = await box.stancelog('registry');
    expect(refolded.code).toBe(0);
    reads.length = 0;
    const warm = await box.stancelog('registry');
    expect(warm).toEqual(refolded);
    expect([warm.code, warm.stderr]).toEqual([0, '']);
    expect(wholeReads()).toEqual([]);
    expect(readEvents()).toBeLessThan(100);
    expect(warm.stdout).toMatch(/^pensions\s+Pensions/m);
    expect(warm.stdout).toMatch(/^centre\s+state\s+\(provisional\)/m);
    const json = await box.json<unknown>('registry');
    // What a replay of the whole log lists.
    rmSync(join(box.dir, 'stancelog.jsonl.snapshots'), { recursive: true });
    expect(await box.stancelog('registry')).toEqual(warm);
    expect(await box.json<unknown>('registry')).toEqual(json);
  });

  it('--known-at replays the log up to that date, as before (a snapshot holds what came after)', async () => {
    expect((await box.stancelog('append', box.write('log.jsonl', [...registryLines, ...filler]))).code).toBe(0);
    expect((await box.stancelog('registry')).code).toBe(0);
    reads.length = 0;
    const past = await box.stancelog('registry', '--known-at', '2000-01-01');
    expect(past.code).toBe(0);
    expect(past.stdout).toBe('no actors and no issues in the log (known at 2000-01-01)\n');
  });
});

describe('stancelog log --within', () => {
  it("takes the issue hierarchy from the registry's snapshot and the events since, and reads the events by tag, not the whole log (a finding of stop 53)", async () => {
    expect((await box.stancelog('append', box.write('log.jsonl', [...registryLines, ...filler]))).code).toBe(0);
    // The first run replays the log for the hierarchy, and saves the registry's snapshot beside it.
    const first = await box.stancelog('log', '--within', 'taxes');
    expect(first.code).toBe(0);
    expect(existsSync(join(box.dir, 'stancelog.jsonl.snapshots', 'registry.snapshot'))).toBe(true);
    // An issue put under taxes since the snapshot, and a statement on it.
    const since = [{ type: 'issue-defined', data: { id: 'inheritance-tax', title: 'Inheritance tax', proposition: 'estates are taxed', parent: 'taxes' } }, said('centre', 'inheritance-tax', 'tax estates, not fortunes')];
    expect((await box.stancelog('append', box.write('more.jsonl', since))).code).toBe(0);
    reads.length = 0;
    const warm = await box.stancelog('log', '--within', 'taxes');
    expect([warm.code, warm.stderr]).toEqual([0, '']);
    expect(wholeReads()).toEqual([]);
    // The hierarchy's tail, and the events of the three issues (400 statements on wealth-tax, the definitions, the one on inheritance-tax).
    expect(readEvents()).toBeLessThan(420);
    expect(warm.stdout).toMatch(/centre reject inheritance-tax -/);
    // What a replay of the whole log lists.
    rmSync(join(box.dir, 'stancelog.jsonl.snapshots'), { recursive: true });
    expect(await box.stancelog('log', '--within', 'taxes')).toEqual(warm);
  });
});
