// `stancelog registry`: the register the log holds (src/registry-command.ts).
import { sandbox } from './harness.js';
import type { Sandbox } from './harness.js';

let box: Sandbox;
beforeAll(async () => {
  box = sandbox();
  box.write('talks.jsonl', [
    { type: 'actor-registered', data: { id: 'greens', kind: 'organisation', name: 'Green League', aliases: ['Greens'] }, recordedAt: '2026-01-01T00:00:00Z' },
    { type: 'actor-registered', data: { id: 'tomas-lind', kind: 'person', name: 'Tomas Lind', offices: [{ actor: 'centre', title: 'Party Leader', from: '2015-09-01' }] }, recordedAt: '2026-01-01T00:00:00Z' },
    { type: 'issue-defined', data: { id: 'budget', title: 'Budget', proposition: 'a budget is agreed' }, recordedAt: '2026-01-01T00:00:00Z' },
    { type: 'issue-defined', data: { id: 'wealth-tax', title: 'Wealth tax', proposition: 'a wealth tax is introduced', parent: 'budget' }, recordedAt: '2026-01-01T00:00:00Z' },
    { holder: 'liberals', issue: 'pension-age', kind: 'reject', polarity: '-', statedAt: '2026-01-20', recordedAt: '2026-01-20T20:00:00Z', source: { quote: 'not 67' } },
    { type: 'office-held', data: { person: 'tomas-lind', office: { actor: 'centre', title: 'Party Leader', from: '2015-09-01', until: '2026-02-20' } }, recordedAt: '2026-02-20T18:00:00Z' },
    { type: 'actor-registered', data: { id: 'greens', kind: 'organisation', name: 'Green Future', aliases: ['Green League'] }, recordedAt: '2026-02-15T12:00:00Z' },
  ]);
  const r = await box.stancelog('append', 'talks.jsonl');
  if (r.code !== 0) throw new Error(r.stderr);
});
afterAll(() => box.remove());

describe('stancelog registry (a review\'s finding, stop 49: no command showed the register)', () => {
  it('lists each actor with its kind, name, aliases and dated offices, and each issue with its title and parent, a provisional one marked so', async () => {
    const r = await box.stancelog('registry');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n').map((l) => l.trimEnd().split(/\s{2,}/).join(' | '))).toEqual([
      'ACTORS',
      'id | kind | name | aliases | offices',
      // Named by the office alone.
      'centre | state | (provisional)',
      'greens | organisation | Green Future | Greens, Green League',
      'liberals | state | (provisional)',
      'tomas-lind | person | Tomas Lind | Party Leader of centre from 2015-09-01 until 2026-02-20',
      '',
      'ISSUES',
      'id | title | within | proposition',
      'budget | Budget | a budget is agreed',
      'pension-age | (provisional)',
      'wealth-tax | Wealth tax | budget | a wealth tax is introduced',
      '',
    ]);
  });

  it('shows the register as the log knew it with --known-at: the name before a rename, an office before its end', async () => {
    const listing = await box.json<{ actors: Array<{ id: string; name: string; offices: Array<{ until?: string }> }> }>('registry', '--known-at', '2026-02-01');
    expect(listing.actors.map((a) => [a.id, a.name, a.offices.map((o) => o.until ?? null)])).toEqual([
      // Named by the office Tomas Lind was registered with, before its end was recorded.
      ['centre', 'centre', []],
      ['greens', 'Green League', []],
      ['liberals', 'liberals', []],
      ['tomas-lind', 'Tomas Lind', [null]],
    ]);
  });

  it('refuses a --known-at that is no date, naming it', async () => {
    const r = await box.stancelog('registry', '--known-at', 'May');
    expect([r.code, r.stderr]).toEqual([1, 'stancelog: --known-at "May": not a date or timestamp (expected YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp)\n']);
  });
});
