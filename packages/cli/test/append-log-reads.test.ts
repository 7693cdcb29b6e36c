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
});
