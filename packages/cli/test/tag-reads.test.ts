import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysis, project } from '@stancelog/core';
import { openFileStore } from '@stancelog/store-file';
import { sandbox } from './harness.js';
import type { CountedRead } from './file-store-spy.js';
import type { Sandbox } from './harness.js';

// Every read of the log the commands make, with the number of events it
// yielded, counted on the store they open: a read by tag is the cost of the
// events it finds, a read of the whole log the cost of the log.
const reads: CountedRead[] = [];
jest.mock('@stancelog/store-file', () => jest.requireActual<typeof import('./file-store-spy.js')>('./file-store-spy.js').readCountingStore(() => reads));

const said = (holder: string, issue: string, kind: string, polarity: string, statedAt: string, quote: string, more: object = {}) => ({
  holder,
  issue,
  kind,
  polarity,
  statedAt,
  recordedAt: `${statedAt}T12:00:00Z`,
  source: { publisher: 'Test Wire', quote },
  ...more,
});

/**
 * A log with all a timeline or explanation may depend on besides the
 * statements it quotes: the registry (names, aliases, offices, an issue
 * hierarchy), third parties' reports, conditions on a parent issue, a
 * withdrawal, and statements of others on the same issues.
 */
const registry = [
  { type: 'actor-registered', data: { id: 'russia', kind: 'state', name: 'Russian Federation', aliases: ['Moscow'] } },
  { type: 'actor-registered', data: { id: 'sergey-lavrov', kind: 'person', name: 'Sergey Lavrov', offices: [{ actor: 'russia', title: 'Foreign Minister', from: '2004-03-09' }] } },
  { type: 'alias-added', data: { actor: 'ukraine', alias: 'Kyiv' } },
  { type: 'office-held', data: { person: 'friedrich-merz', office: { actor: 'germany', title: 'Chancellor', from: '2025-05-06' } } },
  { type: 'issue-defined', data: { id: 'security', title: 'Security', proposition: 'security guarantees are given' } },
  { type: 'issue-defined', data: { id: 'ceasefire', title: 'Ceasefire', proposition: 'the guns fall silent', parent: 'security' } },
  { type: 'issue-defined', data: { id: 'peace-talks', title: 'Peace talks', proposition: 'the parties meet' } },
];
const statements = [
  said('ukraine', 'ceasefire', 'demand', '+', '2025-03-11', 'a 30-day ceasefire, now'),
  said('russia', 'ceasefire', 'reject', '-', '2025-03-13', 'a truce would only let Kyiv rearm', { speaker: { name: 'Sergey Lavrov', actor: 'russia' } }),
  // A third party's account of Russia's stance.
  said('russia', 'ceasefire', 'accept', '+', '2025-03-18', 'Putin agreed to a truce', { speaker: { name: 'Donald Trump', actor: 'united-states' } }),
  said('russia', 'ceasefire', 'reject', '-', '2025-03-20', 'no truce while they rearm'),
  // Withdrawn below: misattributed.
  said('russia', 'ceasefire', 'accept', '+', '2025-03-21', 'a truce it is'),
  // A cycle down the hierarchy: Ukraine wants a ceasefire before talks, Russia talks before security (which includes the ceasefire).
  said('ukraine', 'peace-talks', 'condition', '+', '2025-04-23', 'talks only after the guns fall silent', { conditions: [{ issue: 'ceasefire', polarity: '+' }] }),
  said('russia', 'security', 'condition', '+', '2025-04-24', 'guarantees only once we have talked', { conditions: [{ issue: 'peace-talks', polarity: '+' }] }),
  // Germany's chancellor on Ukraine's stance, and Ukraine's own word.
  said('ukraine', 'sanctions', 'demand', '+', '2025-05-10', 'Germany says Kyiv wants more sanctions', { speaker: { name: 'Friedrich Merz', actor: 'germany' } }),
  said('russia', 'sanctions', 'reject', '-', '2025-05-11', 'lift the sanctions'),
  said('ukraine', 'territorial-concessions', 'red-line', '-', '2025-05-16', 'Kyiv will not give up land'),
  said('russia', 'territorial-concessions', 'demand', '+', '2025-05-16', 'Moscow wants the land ceded'),
  // Ukraine gives way: the incompatibility on territory ends, by this statement.
  said('ukraine', 'territorial-concessions', 'accept', '+', '2025-09-01', 'some land, for peace'),
  said('united-states', 'ceasefire', 'support', '+', '2025-03-12', 'we back a ceasefire'),
];

/** Saves the analysis' snapshot at the log's head, as a run of `positions` on a longer log would. */
async function saveSnapshot(dir: string): Promise<void> {
  const opened = await openFileStore(join(dir, 'stancelog.jsonl'));
  if (opened._tag === 'Left') throw new Error(opened.left.message);
  try {
    const projected = await project(opened.right, analysis(), { snapshots: opened.right.snapshots, snapshotEvery: 1 });
    if (projected._tag === 'Left' || projected.right.snapshotError !== undefined) throw new Error('no snapshot saved');
  } finally {
    await opened.right.close();
  }
}

let s: Sandbox;
beforeEach(async () => {
  s = sandbox();
  expect((await s.stancelog('append', s.write('log.jsonl', [...registry, ...statements]))).code).toBe(0);
  // The fifth statement (after seven registry events): Russia never said it.
  expect((await s.stancelog('withdraw', String(registry.length + 5), '--reason', 'misattributed')).code).toBe(0);
  await saveSnapshot(s.dir);
  reads.length = 0;
});
afterEach(() => s.remove());

const logLength = registry.length + statements.length + 1;

/** The analysis' read of what came after its snapshot. */
const AFTER_SNAPSHOT = expect.stringMatching(/^\{"after":\d+\}$/);

/** What a command prints (code, stdout, stderr), and the reads it made. */
async function ran(...argv: string[]) {
  reads.length = 0;
  const r = await s.stancelog(...argv);
  return { ...r, reads: reads.splice(0) };
}

const commands: ReadonlyArray<ReadonlyArray<string>> = [
  ['timeline', '--holder', 'russia'],
  ['timeline', '--holder', 'russia', '--json'],
  ['timeline', '--holder', 'ukraine'],
  ['timeline', '--issue', 'ceasefire'],
  ['timeline', '--issue', 'ceasefire', '--json'],
  ['timeline', '--issue', 'security'],
  ['timeline', '--holder', 'russia', '--issue', 'ceasefire'],
  ['timeline', '--holder', 'ukraine', '--issue', 'sanctions', '--json'],
  ['explain', 'incompatible:territorial-concessions'],
  ['explain', 'incompatible:territorial-concessions', '--json'],
  ['explain', 'incompatible:sanctions'],
  ['explain', 'circular-precondition'],
  ['explain', 'circular-precondition', '--json'],
];

describe('timeline --holder/--issue and explain read only the statements they quote, by tag, when they start from the snapshot', () => {
  it('the log holds what these tests need: a resolved contradiction, a cycle down the hierarchy, a withdrawal', async () => {
    const contradictions = await s.json<Array<{ id: string; status: string; resolvedBy: string | null }>>('contradictions');
    expect(contradictions.map((c) => c.id)).toEqual(
      expect.arrayContaining(['circular-precondition:ceasefire>peace-talks,peace-talks>security', 'incompatible:sanctions:russia~ukraine', 'incompatible:territorial-concessions:russia~ukraine']),
    );
    expect(contradictions.find((c) => c.id.startsWith('incompatible:territorial'))).toMatchObject({ status: 'resolved', resolvedBy: expect.any(String) });
    expect((await s.stancelog('timeline', '--holder', 'russia', '--no-snapshots')).stdout).not.toContain('a truce it is');
  });

  it.each(commands.map((argv) => [argv.join(' '), argv] as const))('%s: prints what it prints reading the whole log (--no-snapshots)', async (_name, argv) => {
    const narrow = await ran(...argv);
    const whole = await ran(...argv, '--no-snapshots');
    expect([narrow.code, narrow.stdout, narrow.stderr]).toEqual([whole.code, whole.stdout, whole.stderr]);
    expect(narrow.code).toBe(0);
    // The whole log without the snapshot; with it, the events after the snapshot, then those of some tags.
    expect(whole.reads.map((r) => [r.query, r.events])).toEqual([['{}', logLength]]);
    expect(narrow.reads.map((r) => r.query)).toEqual([AFTER_SNAPSHOT, expect.stringMatching(/^\{"tags":\[/)]);
    expect(narrow.reads[1]!.events).toBeLessThan(logLength / 2);
  });

  it('read the statements of one holder for --holder: its actor tag', async () => {
    const { reads: made } = await ran('timeline', '--holder', 'united-states');
    expect(made.filter((r) => r.query.includes('"tags"'))).toEqual([{ query: JSON.stringify({ tags: ['actor:united-states'] }), events: 2 }]);
  });

  it('read the withdrawals for an id that names no contradiction, then the whole log of a log with some (to look for it before them), and refuse it as before', async () => {
    const narrow = await ran('explain', 'no-such-contradiction');
    expect(narrow.reads.map((r) => r.query)).toEqual([AFTER_SNAPSHOT, JSON.stringify({ tags: ['withdrawal'] }), '{}']);
    const whole = await ran('explain', 'no-such-contradiction', '--no-snapshots');
    expect([narrow.code, narrow.stderr]).toEqual([1, whole.stderr]);
  });

  it('read the whole log for a filter naming an id it never mentions, to name the closest ones, as before', async () => {
    for (const argv of [['timeline', '--holder', 'rusia'], ['timeline', '--holder', 'russia', '--issue', 'ceasfire'], ['timeline', '--issue', 'Ceasefire']]) {
      const narrow = await ran(...argv);
      const whole = await ran(...argv, '--no-snapshots');
      expect([narrow.code, narrow.stdout, narrow.stderr]).toEqual([1, '', whole.stderr]);
      expect(narrow.reads.some((r) => r.query === '{}')).toBe(true);
    }
  });

  it('tell an empty timeline from a typo without reading the whole log: a holder that never spoke on an issue it names', async () => {
    const narrow = await ran('timeline', '--holder', 'united-states', '--issue', 'sanctions');
    expect([narrow.code, narrow.stdout]).toEqual([0, 'no statements (holder united-states, issue sanctions)\n']);
    // The first event of each tag: not every statement of the holder and of the issue.
    expect(narrow.reads.map((r) => [r.query, r.events])).toEqual([
      [AFTER_SNAPSHOT, expect.any(Number)],
      [JSON.stringify({ tags: ['actor:united-states'], limit: 1 }), 1],
      [JSON.stringify({ tags: ['issue:sanctions'], limit: 1 }), 1],
    ]);
  });

  it('read the whole log after all when the events read by tag miss a statement the analysis names (a line another tool wrote, tagged otherwise)', async () => {
    // Russia's word, written by hand without its actor tag: it is in Russia's history, yet a read of actor:russia misses it.
    const line = {
      id: 'hand-written-1',
      position: logLength + 1,
      recordedAt: '2025-10-01T12:00:00.000Z',
      schema: 1,
      tags: ['issue:ceasefire'],
      type: 'statement-made',
      data: said('russia', 'ceasefire', 'accept', '+', '2025-10-01', 'a truce, at last'),
    };
    delete (line.data as { recordedAt?: string }).recordedAt;
    appendFileSync(join(s.dir, 'stancelog.jsonl'), JSON.stringify(line) + '\n');
    const narrow = await ran('timeline', '--holder', 'russia');
    const whole = await ran('timeline', '--holder', 'russia', '--no-snapshots');
    expect(narrow.code).toBe(0);
    expect(narrow.stdout).toContain('a truce, at last');
    expect(narrow.stdout).toEqual(whole.stdout);
    expect(narrow.reads.map((r) => r.query)).toEqual([AFTER_SNAPSHOT, JSON.stringify({ tags: ['actor:russia'] }), '{}']);
  });
});

describe('log --csv finds the withdrawals in the read that looks for the corrections, before its first row', () => {
  it('reads the whole log once before the rows, and once for them, where it read the withdrawals by tag first; the listing reads them by tag', async () => {
    const sheet = await ran('log', '--csv');
    expect(sheet.code).toBe(0);
    expect(sheet.reads.map((r) => [r.query, r.events])).toEqual([
      ['{}', logLength],
      ['{}', logLength],
    ]);
    // The withdrawn statement is left out as before: the withdrawal was found in that read.
    expect(sheet.stdout).not.toContain('a truce it is');
    expect(sheet.stderr).toContain('1 withdrawal, 1 statement withdrawn');
    const listing = await ran('log');
    expect(listing.reads.map((r) => [r.query, r.events])).toEqual([
      [JSON.stringify({ tags: ['withdrawal'] }), 1],
      ['{}', logLength],
    ]);
  });

  it("with --holder, reads the holder's events and the withdrawals in one read by tag, then the holder's", async () => {
    const sheet = await ran('log', '--csv', '--holder', 'russia');
    expect(sheet.code).toBe(0);
    expect(sheet.reads.map((r) => r.query)).toEqual([JSON.stringify({ tags: ['actor:russia', 'withdrawal'] }), JSON.stringify({ tags: ['actor:russia'] })]);
    expect(sheet.stdout).not.toContain('a truce it is');
    expect(sheet.stdout).toContain('no truce while they rearm');
  });

  it("writes no correction the filters' read leaves out: a line another tool wrote, tagged a withdrawal and not by its holder, is in neither the sheet nor the listing of --holder", async () => {
    const events = await s.json<Array<{ id: string; position: number; data: { source?: { quote: string } } }>>('log');
    const corrected = events.find((e) => e.data.source?.quote === 'no truce while they rearm')!;
    const line = {
      id: 'hand-written-2',
      position: logLength + 1,
      recordedAt: '2025-10-01T12:00:00.000Z',
      schema: 1,
      tags: ['withdrawal'],
      type: 'statement-made',
      data: { ...said('russia', 'ceasefire', 'hedge', '0', '2025-03-20', 'no truce while they rearm again'), corrects: { event: corrected.id, position: corrected.position } },
    };
    delete (line.data as { recordedAt?: string }).recordedAt;
    appendFileSync(join(s.dir, 'stancelog.jsonl'), JSON.stringify(line) + '\n');
    // The whole log's sheet writes it, at the place of the statement it corrects.
    const whole = await ran('log', '--csv');
    const quotes = (csv: string): string[] => csv.split('\r\n').filter((row) => row.includes('truce'));
    const rowOf = (quote: string): number => quotes(whole.stdout).findIndex((row) => row.includes(`,${quote},`));
    expect(rowOf('no truce while they rearm again')).toBe(rowOf('no truce while they rearm') + 1);
    // A read of actor:russia does not yield it: Russia's sheet leaves it out, as Russia's listing does.
    expect((await ran('log', '--holder', 'russia')).stdout).not.toContain('rearm again');
    const russia = await ran('log', '--csv', '--holder', 'russia');
    expect(russia.code).toBe(0);
    expect(russia.stdout).toContain('no truce while they rearm');
    expect(russia.stdout).not.toContain('rearm again');
  });
});
