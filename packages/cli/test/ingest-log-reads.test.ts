import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sandbox } from './harness.js';
import type { Sandbox } from './harness.js';

// Every read of the log the command makes, counted on the store it opens:
// a read is a pass over the whole log, the cost that grows with it.
const reads: string[] = [];
jest.mock('@stancelog/store-file', () =>
  jest.requireActual<typeof import('./file-store-spy.js')>('./file-store-spy.js').fileStoreSpy((store) => ({
    read: (query) => {
      reads.push(JSON.stringify(query ?? {}));
      return store.read(query);
    },
  })),
);

const article = ['Kyiv rejected any territorial concessions on Friday, officials said, as the talks in Geneva stalled.', '"Russia must agree to a full ceasefire before any peace talks," Zelensky told reporters.'].join('\n');
const url = 'https://example.test/geneva';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
  mkdirSync(join(box.dir, 'articles'));
  writeFileSync(join(box.dir, 'articles', 'geneva.txt'), article);
  reads.length = 0;
});
afterEach(() => box.remove());

describe('stancelog ingest reads the log once', () => {
  it('without --url (the registry, to define what the statements mention)', async () => {
    expect((await box.stancelog('ingest', 'articles/geneva.txt', '--published-at', '2025-06-06')).code).toBe(0);
    reads.length = 0;
    expect((await box.stancelog('ingest', 'articles/geneva.txt', '--published-at', '2025-06-07')).code).toBe(0);
    expect(reads).toHaveLength(1);
  });

  it('with --url, where the earlier reading of the article is compared too', async () => {
    expect((await box.stancelog('ingest', 'articles/geneva.txt', '--url', url, '--published-at', '2025-06-06')).code).toBe(0);
    reads.length = 0;
    // Read again as of another day: another reading, compared with the first (a warning names it).
    const again = await box.stancelog('ingest', 'articles/geneva.txt', '--url', url, '--published-at', '2025-06-07');
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/warning: articles\/geneva.txt \(https:\/\/example.test\/geneva\) reads otherwise/);
    expect(reads).toHaveLength(1);
  });

  it('but for a log with withdrawals too short to keep a snapshot, where the registry is folded again without what they withdraw, as project does: one read more', async () => {
    box.write('hand.jsonl', [{ holder: 'ukraine', issue: 'territorial-concessions', kind: 'reject', polarity: '-', statedAt: '2025-06-01', source: { quote: 'typed under the wrong holder' } }]);
    expect((await box.stancelog('append', 'hand.jsonl')).code).toBe(0);
    expect((await box.stancelog('withdraw', '1', '--reason', 'typed under the wrong holder')).code).toBe(0);
    reads.length = 0;
    const r = await box.stancelog('ingest', 'articles/geneva.txt', '--url', url, '--published-at', '2025-06-07');
    expect(r.code).toBe(0);
    // The withdrawn statement named ukraine and the issue: with it gone, the log does not, and ingest defines them.
    expect(r.stdout).toMatch(/defined actors: ukraine\b/);
    expect(r.stdout).toMatch(/defined issues: .*territorial-concessions/);
    expect(reads).toHaveLength(2);
  });

  it("and for a log with withdrawals, the registry without what they withdraw is taken from its snapshot and the events since: the one read of the log, and its tail (a finding of stop 53)", async () => {
    const filler = Array.from({ length: 1200 }, (_, i) => ({ holder: 'centre', issue: 'pensions', kind: 'reject', polarity: '-', statedAt: '2025-06-01', source: { quote: `not now, said for the ${i}th time` } }));
    box.write('hand.jsonl', [{ holder: 'ukraine', issue: 'territorial-concessions', kind: 'reject', polarity: '-', statedAt: '2025-06-01', source: { quote: 'typed under the wrong holder' } }, ...filler]);
    expect((await box.stancelog('append', 'hand.jsonl')).code).toBe(0);
    expect((await box.stancelog('withdraw', '#1', '--reason', 'typed under the wrong holder')).code).toBe(0);
    // The first ingest since the withdrawal folds the registry again, and saves its snapshot.
    expect((await box.stancelog('ingest', 'articles/geneva.txt', '--url', url, '--published-at', '2025-06-06')).code).toBe(0);
    reads.length = 0;
    const r = await box.stancelog('ingest', 'articles/geneva.txt', '--url', url, '--published-at', '2025-06-07');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: articles\/geneva.txt \(https:\/\/example.test\/geneva\) reads otherwise/);
    // One read of the whole log (the earlier readings), and one of the events after the snapshot.
    expect(reads.filter((q) => q === '{}')).toHaveLength(1);
    expect(reads.filter((q) => q !== '{}').every((q) => /"after":[1-9]/.test(q))).toBe(true);
  });
});
