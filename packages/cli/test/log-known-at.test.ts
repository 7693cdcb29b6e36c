// `stancelog log --known-at DATE`: the log as it was known at a recording
// time, as `positions --known-at` counts it.
import { russiaDemandsLand, sandbox, ukraineRefusesLand, ukraineWantsCeasefireFirst } from './harness.js';
import type { Sandbox } from './harness.js';

interface Listed {
  position: number;
  type: string;
  withdrawnBy?: { position: number; reason: string };
}

describe('stancelog log --known-at', () => {
  let box: Sandbox;
  beforeEach(async () => {
    box = sandbox();
    // #1 and #2 recorded on 17 May, #3 on 10 June; #2 withdrawn on 20 June, as #4.
    box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand, ukraineWantsCeasefireFirst]);
    expect((await box.stancelog('append', 'talks.jsonl')).code).toBe(0);
    const withdrawn = await box.stancelog('withdraw', '2', '--reason', 'misattributed', '--recorded-at', '2025-06-20T08:00:00Z');
    expect([withdrawn.code, withdrawn.stderr]).toEqual([0, '']);
  });
  afterEach(() => box.remove());

  const rows = (out: string): string[] => out.split('\n').slice(1, -1).map((row) => row.replace(/ +/g, ' '));

  it('leaves out an event recorded after the date, and the marks of a withdrawal recorded after it', async () => {
    const before = await box.stancelog('log', '--known-at', '2025-06-15');
    expect([before.code, before.stderr]).toEqual([0, '']);
    expect(rows(before.stdout)).toEqual([
      '1 2025-05-16 2025-05-17 statement-made russia demand territorial-concessions + (Kremlin spokesman)',
      '2 2025-05-16 2025-05-17 statement-made ukraine red-line territorial-concessions -',
      '3 2025-04-23 2025-06-10 statement-made ukraine condition peace-talks + if ceasefire + (Andriy Yermak)',
    ]);
    // Recorded by the end of the day asked: the withdrawal is listed, and marks what it takes back, as log shows it now.
    const after = await box.stancelog('log', '--known-at', '2025-06-20');
    expect(rows(after.stdout)).toEqual([...rows(before.stdout).slice(0, 1), '2 2025-05-16 2025-05-17 statement-made ukraine red-line territorial-concessions - [withdrawn by #4]', ...rows(before.stdout).slice(2), '4 - 2025-06-20 event-withdrawn withdraws #2: misattributed']);
    expect(after.stdout).toBe((await box.stancelog('log')).stdout);
    expect(rows((await box.stancelog('log', '--known-at', '2025-06-01')).stdout).map((row) => row.split(' ')[0])).toEqual(['1', '2']);
  });

  it('agrees with positions --known-at: a statement its listing shows withdrawn is the one positions leaves out', async () => {
    for (const [date, holders] of [['2025-06-15', ['russia', 'ukraine', 'ukraine']], ['2025-06-20', ['russia', 'ukraine']]] as const) {
      expect((await box.json<Array<{ holder: string }>>('positions', '--known-at', date)).map((p) => p.holder)).toEqual(holders);
    }
  });

  it('marks with --json only the withdrawals recorded by then, and lists only the events recorded by then', async () => {
    const before = await box.json<Listed[]>('log', '--known-at', '2025-06-15');
    expect(before.map((e) => [e.position, e.withdrawnBy])).toEqual([[1, undefined], [2, undefined], [3, undefined]]);
    const after = await box.json<Listed[]>('log', '--known-at', '2025-06-20T08:00:00Z');
    expect(after.map((e) => [e.position, e.withdrawnBy?.position])).toEqual([[1, undefined], [2, 4], [3, undefined], [4, undefined]]);
  });

  it('filters as log does, and takes --within by the hierarchy the log knew then', async () => {
    // territorial-concessions placed under peace-talks on 1 July: on 15 June it was not under it.
    box.write('placed.jsonl', [{ type: 'issue-defined', data: { id: 'territorial-concessions', title: 'Territory', proposition: 'territory is ceded', parent: 'peace-talks' }, recordedAt: '2025-07-01T08:00:00Z' }]);
    expect((await box.stancelog('append', 'placed.jsonl')).code).toBe(0);
    const positions = async (...argv: string[]) => (await box.json<Listed[]>('log', ...argv)).map((e) => e.position);
    expect(await positions('--within', 'peace-talks')).toEqual([1, 2, 3, 5]);
    expect(await positions('--within', 'peace-talks', '--known-at', '2025-06-15')).toEqual([3]);
    expect(await positions('--holder', 'ukraine', '--known-at', '2025-06-15')).toEqual([2, 3]);
    expect(await positions('--issue', 'territorial-concessions', '--known-at', '2025-06-01')).toEqual([1, 2]);
  });

  it('says, before the log recorded anything, that nothing was recorded by then, as positions does', async () => {
    const r = await box.stancelog('log', '--known-at', '2025-05-01');
    expect(r).toEqual({
      code: 0,
      stdout: 'no events (known at 2025-05-01)\n',
      stderr: "stancelog: nothing was recorded by 2025-05-01 (the log's earliest event was recorded on 2025-05-17): --known-at asks what the log had learnt by a date; --as-of asks what had been said by then\n",
    });
    expect(await box.json<Listed[]>('log', '--known-at', '2025-05-01')).toEqual([]);
  });

  it('refuses a date it cannot read as the other commands do, with exit 1', async () => {
    const r = await box.stancelog('log', '--known-at', '2025-13-01');
    expect([r.code, r.stdout, r.stderr]).toEqual([1, '', 'stancelog: --known-at "2025-13-01": 2025-13-01 is not a day of the calendar (months run from 01 to 12)\n']);
  });
});
