import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventId, statementMade } from '@stancelog/core';
import { docSample, russiaDemandsLand, sandbox, ukraineRefusesLand } from './harness.js';
import type { Sandbox } from './harness.js';

interface Contradiction {
  type: string;
  statements: string[];
}
interface StoredEvent {
  id: string;
  position: number;
  type: string;
  recordedAt: string;
  data: { event?: string; reason?: string };
}

describe('stancelog withdraw', () => {
  let box: Sandbox;
  beforeEach(async () => {
    box = sandbox();
    box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand]);
    expect((await box.stancelog('append', 'talks.jsonl')).code).toBe(0);
  });
  afterEach(() => box.remove());

  it('takes a statement back by its position: the log keeps it, marked, and the analysis leaves it out', async () => {
    expect((await box.json<Contradiction[]>('contradictions')).map((c) => c.type)).toEqual(['incompatible']);
    const r = await box.stancelog('withdraw', '2', '--reason', 'Kyiv never said it: the outlet corrected its report');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(
      'withdrew #2 (ukraine red-line territorial-concessions -) in stancelog.jsonl, as #3: Kyiv never said it: the outlet corrected its report\n' +
        "positions and contradictions leave it out from now on; stancelog withdraw '#3' --reason ... restores it\n",
    );
    expect(await box.json<Contradiction[]>('contradictions')).toEqual([]);
    expect((await box.json<Array<{ holder: string }>>('positions')).map((p) => p.holder)).toEqual(['russia']);
    const log = (await box.stancelog('log')).stdout;
    expect(log).toMatch(/^2 .*ukraine red-line territorial-concessions - \[withdrawn by #3\]$/m);
    expect(log).toMatch(/^3 .*event-withdrawn +withdraws #2: Kyiv never said it/m);
    // Listed under a filter too, though the withdrawal itself names no holder.
    expect((await box.stancelog('log', '--holder', 'ukraine')).stdout).toMatch(/\[withdrawn by #3\]/);
  });

  it('marks a withdrawn event in log --json with the withdrawal that holds it, and only while it holds', async () => {
    await box.stancelog('withdraw', '2', '--reason', 'misattributed');
    const [russia, ukraine, withdrawal] = await box.json<Array<StoredEvent & { withdrawnBy?: unknown }>>('log');
    expect(russia!.withdrawnBy).toBeUndefined();
    expect(ukraine!.withdrawnBy).toEqual({ position: 3, id: withdrawal!.id, reason: 'misattributed' });
    expect((await box.json<Array<StoredEvent & { withdrawnBy?: unknown }>>('log', '--holder', 'ukraine'))[0]!.withdrawnBy).toEqual(ukraine!.withdrawnBy);
    // Withdrawing the withdrawal: the statement counts again, and the withdrawal is the one marked.
    await box.stancelog('withdraw', '3', '--reason', 'the attribution was right');
    const after = await box.json<Array<StoredEvent & { withdrawnBy?: { position: number } }>>('log');
    expect(after.map((e) => e.withdrawnBy?.position)).toEqual([undefined, undefined, 4, undefined]);
  });

  it('names an event by its id or the first digits of it, and restores it when its withdrawal is withdrawn', async () => {
    const events = await box.json<StoredEvent[]>('log');
    const ukraine = events[1]!;
    const [r] = await box.json<Array<{ withdrawal: StoredEvent; withdrawn: StoredEvent; restored: null }>>('withdraw', ukraine.id.slice(0, 8), '--reason', 'misattributed');
    expect([r!.withdrawn.id, r!.withdrawal.type, r!.withdrawal.data]).toEqual([ukraine.id, 'event-withdrawn', { event: ukraine.id, reason: 'misattributed' }]);
    const back = await box.stancelog('withdraw', String(r!.withdrawal.position), '--reason', 'the attribution was right');
    expect(back.stdout).toMatch(/^withdrew #3 \(withdraws #2: misattributed\).*\n#2 counts again \(ukraine red-line territorial-concessions -\)\n$/);
    expect((await box.json<Contradiction[]>('contradictions')).map((c) => c.type)).toEqual(['incompatible']);
  });

  it('honours the withdrawal in the commands that read the whole log, and not as the log stood before it', async () => {
    await box.stancelog('withdraw', '2', '--reason', 'misattributed');
    const explained = await box.stancelog('explain', 'incompatible');
    expect(explained.code).toBe(1);
    expect((await box.json<unknown[]>('timeline', '--holder', 'ukraine'))).toEqual([]);
    // The withdrawal was recorded today: what the log knew yesterday still has the statement.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect((await box.json<Contradiction[]>('contradictions', '--known-at', yesterday)).map((c) => c.type)).toEqual(['incompatible']);
  });

  it('refuses, appending nothing, an event not in the log, an event already withdrawn, a bad reference and a blank reason', async () => {
    const before = readFileSync(join(box.dir, 'stancelog.jsonl'), 'utf8');
    const refusals = [
      [['withdraw', '7', '--reason', 'x'], 'stancelog: no event at position 7: the log has 2 events (positions 1 to 2)\n'],
      [['withdraw', 'ffff', '--reason', 'x'], 'stancelog: no event id starts with ffff\n'],
      [['withdraw', 'the-second', '--reason', 'x'], 'stancelog: "the-second" is neither a position (the # column of stancelog log) nor an event id (or its first 4 or more hex digits, as stancelog log --json prints it)\n'],
      [['withdraw', '2', '--reason', '  '], 'stancelog: --reason: say why the event no longer counts (the reason is kept in the log beside it)\n'],
    ] as const;
    for (const [argv, stderr] of refusals) {
      const r = await box.stancelog(...argv);
      expect([argv.join(' '), r.code, r.stderr]).toEqual([argv.join(' '), 1, stderr]);
    }
    expect(readFileSync(join(box.dir, 'stancelog.jsonl'), 'utf8')).toBe(before);
    await box.stancelog('withdraw', '2', '--reason', 'misattributed');
    const again = await box.stancelog('withdraw', '2', '--reason', 'still misattributed');
    expect([again.code, again.stderr]).toEqual([1, 'stancelog: #2 is already withdrawn (by #3: misattributed); nothing appended\n']);
    expect((await box.json<StoredEvent[]>('log')).length).toBe(3);
  });

  it('refuses a statement corrected already, naming the copy that stands in its place as the one to withdraw', async () => {
    expect((await box.stancelog('correct', '2', '--set', 'statedAt=2025-05-15', '--reason', 'a day early')).code).toBe(0);
    const before = readFileSync(join(box.dir, 'stancelog.jsonl'), 'utf8');
    const r = await box.stancelog('withdraw', '2', '--reason', 'never said');
    expect([r.code, r.stderr]).toEqual([1, "stancelog: #2 is already withdrawn (by #3: a day early), and #4 stands in its place: to take it back, withdraw #4 (stancelog withdraw '#4' --reason ...); nothing appended\n"]);
    expect(readFileSync(join(box.dir, 'stancelog.jsonl'), 'utf8')).toBe(before);
  });

  it("prints what docs/cli.md shows (its withdraw sample runs on this test's two statements; today's date is the doc's)", async () => {
    const { sample, shown } = await docSample(box, '## `stancelog withdraw EVENT');
    expect(sample.match(/^\$ stancelog /gm)).toHaveLength(3);
    expect(shown).toBe(sample);
  });

  it('takes several events back in one append, all or nothing', async () => {
    const refused = await box.stancelog('withdraw', '1', '2', '1', '--reason', 'entered from a draft');
    expect([refused.code, refused.stderr]).toEqual([1, 'stancelog: #1 is named twice; nothing appended\n']);
    const unknown = await box.stancelog('withdraw', '1', '9', '--reason', 'entered from a draft');
    expect([unknown.code, (await box.json<StoredEvent[]>('log')).length]).toEqual([1, 2]);
    const r = await box.stancelog('withdraw', '1', '2', '--reason', 'entered from a draft');
    expect(r.stdout).toBe(
      'withdrew #1 (russia demand territorial-concessions + (Kremlin spokesman)) in stancelog.jsonl, as #3: entered from a draft\n' +
        'withdrew #2 (ukraine red-line territorial-concessions -) in stancelog.jsonl, as #4: entered from a draft\n' +
        "positions and contradictions leave them out from now on; stancelog withdraw '#3' '#4' --reason ... restores them\n",
    );
    expect(await box.json<unknown[]>('positions')).toEqual([]);
  });

  it("says, when a correction's withdrawal is withdrawn, that the copy still counts beside the statement restored (a review's finding, stop 53)", async () => {
    // The holder was misread, corrected, and the desk then decides the first attribution was right: it withdraws the withdrawal only.
    expect((await box.stancelog('correct', '2', '--set', 'holder=belarus', '--reason', 'it was Minsk')).code).toBe(0);
    const r = await box.stancelog('withdraw', '3', '--reason', 'it was Kyiv after all');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(
      'withdrew #3 (withdraws #2: it was Minsk) in stancelog.jsonl, as #5: it was Kyiv after all\n' +
        '#2 counts again (ukraine red-line territorial-concessions -)\n' +
        "#4 (belarus red-line territorial-concessions -), which corrects #2, still counts: both now count, at one place; stancelog withdraw '#4' --reason ... takes the copy back\n",
    );
    expect((await box.json<Array<{ holder: string }>>('positions')).map((p) => p.holder)).toEqual(['belarus', 'russia', 'ukraine']);
    const [gone] = await box.json<Array<{ copies: StoredEvent[] }>>('withdraw', '4', '--reason', 'the copy goes');
    expect(gone!.copies).toEqual([]);
    expect((await box.json<Array<{ holder: string }>>('positions')).map((p) => p.holder)).toEqual(['russia', 'ukraine']);
    // In --json too: the copies that still count, not one withdrawn (#4).
    expect((await box.stancelog('correct', '2', '--set', 'holder=moldova', '--reason', 'it was Chisinau')).code).toBe(0);
    const [both] = await box.json<Array<{ restored: StoredEvent; copies: StoredEvent[] }>>('withdraw', '7', '--reason', 'Kyiv, final');
    expect([both!.restored.position, both!.copies.map((c) => c.position)]).toEqual([2, [8]]);
  });

  it('says, when a withdrawal withdrawn gives back a corrected copy, that the statement it corrects still counts beside it (a leftover of stop 53)', async () => {
    // Corrected (#3 withdraws #2, #4 the copy); the copy taken back (#5), then the statement given back (#6): #2 alone counts.
    expect((await box.stancelog('correct', '2', '--set', 'holder=belarus', '--reason', 'it was Minsk')).code).toBe(0);
    expect((await box.stancelog('withdraw', '4', '--reason', 'not Minsk')).code).toBe(0);
    expect((await box.stancelog('withdraw', '3', '--reason', 'Kyiv after all')).code).toBe(0);
    // The copy's withdrawal withdrawn: the copy counts again, beside #2.
    const r = await box.stancelog('withdraw', '5', '--reason', 'Minsk after all');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(
      'withdrew #5 (withdraws #4: not Minsk) in stancelog.jsonl, as #7: Minsk after all\n' +
        '#4 counts again (belarus red-line territorial-concessions -)\n' +
        "#2 (ukraine red-line territorial-concessions -), which #4 corrects, still counts: both now count, at one place; stancelog withdraw '#2' --reason ... takes it back, leaving the copy in its place\n",
    );
    expect((await box.json<Array<{ holder: string }>>('positions')).map((p) => p.holder)).toEqual(['belarus', 'russia', 'ukraine']);
    // In --json too: #7 withdrawn gives back #5, which takes the copy back; #5 withdrawn again gives the copy back, beside #2.
    const [taken] = await box.json<Array<{ restored: StoredEvent; corrected?: StoredEvent }>>('withdraw', '7', '--reason', 'not Minsk, final');
    expect([taken!.restored.position, taken!.corrected]).toEqual([5, undefined]);
    const [given] = await box.json<Array<{ restored: StoredEvent; corrected?: StoredEvent }>>('withdraw', '5', '--reason', 'Minsk, final');
    expect([given!.restored.position, given!.corrected?.position]).toEqual([4, 2]);
    // A copy of the copy (#11, at #2's place) given back the same way: #2 is named as the statement whose place it takes.
    expect((await box.stancelog('correct', '4', '--set', 'kind=reject', '--reason', 'a refusal')).code).toBe(0);
    expect((await box.stancelog('withdraw', '#11', '--reason', 'not a refusal')).code).toBe(0);
    const chain = await box.stancelog('withdraw', '#12', '--reason', 'a refusal after all');
    expect(chain.stdout).toMatch(/\n#2 \(ukraine red-line territorial-concessions -\), whose place #11 takes, still counts: both now count, at one place; stancelog withdraw '#2' --reason \.\.\. takes it back, leaving the copy in its place\n$/);
  });

  it('names, when it gives a statement back, every other statement that counts at its place, a copy of a copy too (a leftover of stop 54)', async () => {
    // #2 corrected (#3 withdraws it, #4 the copy), and the copy corrected in turn (#5 withdraws #4, #6 the copy, at #2's place).
    expect((await box.stancelog('correct', '2', '--set', 'statedAt=2025-05-15', '--reason', 'the day before')).code).toBe(0);
    expect((await box.stancelog('correct', '4', '--set', 'statedAt=2025-05-14', '--reason', 'two days before')).code).toBe(0);
    // #2 given back: #6, at its place, counts beside it; #4 stays withdrawn. It said #2 alone.
    const r = await box.stancelog('withdraw', '3', '--reason', 'the first date was right');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(
      'withdrew #3 (withdraws #2: the day before) in stancelog.jsonl, as #7: the first date was right\n' +
        '#2 counts again (ukraine red-line territorial-concessions -)\n' +
        "#6 (ukraine red-line territorial-concessions -), at #2's place too, still counts: both now count, at one place; stancelog withdraw '#6' --reason ... takes it back\n",
    );
    // Then #6 taken back (#8) and #4 given back (#9): #4 and #2 count. #6 given back: three count at #2's place, and it named #2 alone.
    expect((await box.stancelog('withdraw', '6', '--reason', 'not the 14th')).code).toBe(0);
    expect((await box.stancelog('withdraw', '5', '--reason', 'the 15th after all')).code).toBe(0);
    const three = await box.stancelog('withdraw', '8', '--reason', 'the 14th after all');
    expect([three.code, three.stderr]).toEqual([0, '']);
    expect(three.stdout).toBe(
      'withdrew #8 (withdraws #6: not the 14th) in stancelog.jsonl, as #10: the 14th after all\n' +
        '#6 counts again (ukraine red-line territorial-concessions -)\n' +
        "#2 (ukraine red-line territorial-concessions -), whose place #6 takes, still counts: all 3 now count, at one place; stancelog withdraw '#2' --reason ... takes it back, leaving the copy in its place\n" +
        "#4 (ukraine red-line territorial-concessions -), at #2's place too, still counts: all 3 now count, at one place; stancelog withdraw '#4' --reason ... takes it back\n",
    );
    // In --json too: #6 taken back again (#11), and given back.
    const [taken] = await box.json<Array<{ atPlace: StoredEvent[] }>>('withdraw', '6', '--reason', 'not the 14th, final');
    expect(taken!.atPlace).toEqual([]);
    const [again] = await box.json<Array<{ restored: StoredEvent; atPlace: StoredEvent[] }>>('withdraw', '#11', '--reason', 'the 14th, final');
    expect([again!.restored.position, again!.atPlace.map((e) => e.position)]).toEqual([6, [2, 4]]);
  });

  it("has explain, given a contradiction a withdrawal took away, say so and how to see it as it stood, not suggest another (a review's finding, stop 53)", async () => {
    const id = 'incompatible:territorial-concessions:russia~ukraine';
    expect((await box.stancelog('explain', id)).code).toBe(0);
    expect((await box.stancelog('withdraw', '2', '--reason', 'the outlet retracted it')).code).toBe(0);
    const withdrawal = (await box.json<StoredEvent[]>('log'))[2]!;
    const before = new Date(Date.parse(withdrawal.recordedAt) - 1).toISOString();
    const said =
      `stancelog: no contradiction "${id}" (0 in the log): it was found as known at ${before}, and went with what was recorded at ${new Date(withdrawal.recordedAt).toISOString()}: ` +
      `#3 withdrew #2 (ukraine red-line territorial-concessions -): the outlet retracted it; stancelog explain ${id} --known-at ${before} explains it as it stood\n`;
    for (const snapshots of [[], ['--no-snapshots']]) {
      const r = await box.stancelog('explain', id, ...snapshots);
      expect([r.code, r.stdout, r.stderr]).toEqual([1, '', said]);
    }
    // The command it gives explains it; as known at the withdrawal, it is gone, and said as before.
    const then = await box.stancelog('explain', id, '--known-at', before);
    expect([then.code, then.stdout.split('\n')[0]]).toEqual([0, id]);
    expect((await box.stancelog('explain', 'incompatable')).stderr).toBe('stancelog: no contradiction "incompatable" (0 in the log): list their ids with stancelog contradictions\n');
    // A correction takes one away too, its copy in the statement's place.
    expect((await box.stancelog('withdraw', '3', '--reason', 'it stood after all')).code).toBe(0);
    expect((await box.stancelog('correct', '2', '--set', 'polarity=+', '--set', 'kind=support', '--reason', 'Kyiv agreed, not refused')).code).toBe(0);
    const gone = await box.stancelog('explain', id);
    expect(gone.stderr).toMatch(/went with what was recorded at \S+: #5 withdrew #2 \(ukraine red-line territorial-concessions -\), #6 in its place \(ukraine support territorial-concessions \+\): Kyiv agreed, not refused; /);
  });

  it("records a withdrawal of a log filled in after the fact when --recorded-at says, not before what it withdraws nor after now (a review's finding, stop 53)", async () => {
    for (const [at, said] of [
      ['2025-05-17T08:59:59Z', 'stancelog: --recorded-at 2025-05-17T08:59:59Z: before #2 was recorded (2025-05-17T09:00:00Z): a withdrawal is recorded after what it takes back; nothing appended\n'],
      ['2025-06', 'stancelog: --recorded-at "2025-06": expected an ISO timestamp (2026-11-05T10:00:00Z) or a day (2026-11-05), as a line\'s recordedAt\n'],
      ['2025-06-01T10:00:00', expect.stringMatching(/^stancelog: --recorded-at "2025-06-01T10:00:00": not a date or timestamp .*a timestamp needs its time zone/)],
      ['2999-01-01', expect.stringMatching(/^stancelog: --recorded-at 2999-01-01: after now \(/)],
    ] as const) {
      const r = await box.stancelog('withdraw', '2', '--reason', 'retracted', '--recorded-at', at);
      expect([r.code, r.stderr]).toEqual([1, said]);
    }
    expect(await box.json<unknown[]>('log')).toHaveLength(2);
    const r = await box.stancelog('withdraw', '2', '--reason', 'the outlet retracted it', '--recorded-at', '2025-06-01T10:00:00Z');
    expect([r.code, r.stdout.split('\n')[0]]).toEqual([0, 'withdrew #2 (ukraine red-line territorial-concessions -) in stancelog.jsonl, as #3 (recorded 2025-06-01T10:00:00Z): the outlet retracted it']);
    expect((await box.json<StoredEvent[]>('log'))[2]!.recordedAt).toBe('2025-06-01T10:00:00Z');
    // Known the day before, the statement counts; from that day, it does not.
    expect((await box.json<Array<{ holder: string }>>('positions', '--known-at', '2025-05-31')).map((p) => p.holder)).toEqual(['russia', 'ukraine']);
    expect((await box.json<Array<{ holder: string }>>('positions', '--known-at', '2025-06-01')).map((p) => p.holder)).toEqual(['russia']);
  });

  it("has log mark a statement restored, and a copy of it that counts beside it (a review's finding, stop 53)", async () => {
    expect((await box.stancelog('correct', '2', '--set', 'holder=belarus', '--reason', 'it was Minsk')).code).toBe(0);
    expect((await box.stancelog('withdraw', '3', '--reason', 'it was Kyiv after all')).code).toBe(0);
    const log = (await box.stancelog('log')).stdout;
    expect(log).toMatch(/^2 .* ukraine red-line territorial-concessions - \[restored by #5\]$/m);
    expect(log).toMatch(/^4 .* belarus red-line territorial-concessions - \[corrects #2, which counts again\]$/m);
    // The copy taken back too: withdrawn, and #2 stays restored.
    expect((await box.stancelog('withdraw', '4', '--reason', 'the copy goes')).code).toBe(0);
    const after = (await box.stancelog('log')).stdout;
    expect(after).toMatch(/^2 .* - \[restored by #5\]$/m);
    expect(after).toMatch(/^4 .* - \[withdrawn by #6\] \[corrects #2, which counts again\]$/m);
  });

  it('does not say an event counts again while another withdrawal still holds it', async () => {
    const [russia] = await box.json<StoredEvent[]>('log');
    // Two withdrawals of one statement, appended as lines (the command refuses the second).
    box.write('fixes.jsonl', [
      { type: 'event-withdrawn', data: { event: russia!.id, reason: 'misattributed' } },
      { type: 'event-withdrawn', data: { event: russia!.id, reason: 'and misdated' } },
    ]);
    expect((await box.stancelog('append', 'fixes.jsonl')).code).toBe(0);
    const r = await box.stancelog('withdraw', '4', '--reason', 'the date was right');
    expect(r.stdout).toBe('withdrew #4 (withdraws #1: and misdated) in stancelog.jsonl, as #5: the date was right\n#1 stays withdrawn (by #3: misattributed)\n');
    expect((await box.json<Array<{ holder: string }>>('positions')).map((p) => p.holder)).toEqual(['ukraine']);
  });

  it('reads a number as a position, #N always as one, and refuses a number that is also the start of an id', async () => {
    expect((await box.json<Array<{ withdrawn: StoredEvent }>>('withdraw', '#2', '--reason', 'misattributed'))[0]!.withdrawn.position).toBe(2);
    // An id that starts with digits is reached by its digits when no event sits at that position.
    const fake = { id: '2024' + 'a'.repeat(28), position: 1 } as never;
    const { findEvent } = await import('../src/withdraw.js');
    expect(findEvent([fake], '2024')).toMatchObject({ _tag: 'Right', right: { position: 1 } });
    expect(findEvent([fake, { id: 'b'.repeat(32), position: 2024 } as never], '2024')).toEqual({
      _tag: 'Left',
      left: { _tag: 'CliError', message: "2024 is both a position and the start of an id (of #1): write '#2024' (quoted) for the position, or more digits of the id" },
    });
  });

  it('creates no log when --store names none, and keeps a reason with line breaks to one line in the listing', async () => {
    const r = await box.stancelog('withdraw', '1', '--reason', 'x', '--store', 'typo.jsonl');
    expect([r.code, r.stderr]).toEqual([1, 'stancelog: no log at typo.jsonl: append statements first (stancelog append FILE.jsonl or FILE.csv), or name a log with --store\n']);
    expect(existsSync(join(box.dir, 'typo.jsonl'))).toBe(false);
    await box.stancelog('withdraw', '1', '--reason', 'misattributed;\nsee the correction of 14 May');
    expect((await box.stancelog('log')).stdout.split('\n').filter((l) => l !== '')).toHaveLength(4);
  });

  it('names in one run both the lines that are invalid and the withdrawals the log refuses, and appends nothing', async () => {
    box.write('mixed.jsonl', [
      { ...russiaDemandsLand, polarity: 'yes' },
      { type: 'event-withdrawn', data: { event: 'f'.repeat(32), reason: 'misattributed' } },
      { ...ukraineRefusesLand, statedAt: '2025-05-18' },
    ]);
    const before = readFileSync(join(box.dir, 'stancelog.jsonl'), 'utf8');
    const r = await box.stancelog('append', 'mixed.jsonl');
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr.split('\n')).toEqual([
      'stancelog: mixed.jsonl line 1: polarity: expected one of "0", "+", "-", got "yes"',
      `stancelog: mixed.jsonl line 2: data.event: no event ${'f'.repeat(32)} in the log or before this line (a withdrawal takes back an earlier event)`,
      'stancelog: 2 lines are invalid (see above): nothing appended',
      '',
    ]);
    expect(readFileSync(join(box.dir, 'stancelog.jsonl'), 'utf8')).toBe(before);
  });

  it('refuses a withdrawal recorded before the event it withdraws: the log would have known of it first, and --known-at answer otherwise of the days between', async () => {
    const [russia] = await box.json<StoredEvent[]>('log');
    const before = readFileSync(join(box.dir, 'stancelog.jsonl'), 'utf8');
    const earlier = new Date(Date.parse(russia!.recordedAt) - 86_400_000).toISOString();
    box.write('backdated.jsonl', [{ type: 'event-withdrawn', data: { event: russia!.id, reason: 'misattributed' }, recordedAt: earlier }]);
    const refused = await box.stancelog('append', 'backdated.jsonl');
    expect([refused.code, refused.stderr]).toEqual([
      1,
      `stancelog: backdated.jsonl line 1: recordedAt: ${earlier} is before the event it withdraws was recorded (${russia!.recordedAt}): a withdrawal is recorded after what it takes back (leave recordedAt out to record it now); nothing appended\n`,
    ]);
    expect(readFileSync(join(box.dir, 'stancelog.jsonl'), 'utf8')).toBe(before);
    // Of an event earlier in the same input, as of one in the log.
    box.write('both.jsonl', [
      { ...russiaDemandsLand, statedAt: '2025-05-17', recordedAt: '2025-05-18T09:00:00Z', source: { quote: 'the land, again' } },
      { type: 'event-withdrawn', data: { event: eventId(statementMade({ ...russiaDemandsLand, statedAt: '2025-05-17', source: { quote: 'the land, again' } } as never)), reason: 'misdated' }, recordedAt: '2025-05-17T09:00:00Z' },
    ]);
    expect((await box.stancelog('append', 'both.jsonl')).stderr).toMatch(/^stancelog: both\.jsonl line 2: recordedAt: 2025-05-17T09:00:00Z is before the event it withdraws was recorded \(2025-05-18T09:00:00Z\)/);
  });

  it('checks withdrawals appended as lines as withdraw does: an unknown event is refused, one already withdrawn warned about', async () => {
    const [russia] = await box.json<StoredEvent[]>('log');
    box.write('typo.jsonl', [{ type: 'event-withdrawn', data: { event: 'f'.repeat(32), reason: 'misattributed' } }]);
    const refused = await box.stancelog('append', 'typo.jsonl');
    expect([refused.code, refused.stderr]).toEqual([
      1,
      `stancelog: typo.jsonl line 1: data.event: no event ${'f'.repeat(32)} in the log or before this line (a withdrawal takes back an earlier event); nothing appended\n`,
    ]);
    // A withdrawal of an event appended earlier in the same input is fine.
    box.write('both.jsonl', [
      { ...russiaDemandsLand, statedAt: '2025-05-17', source: { quote: 'the land, again' } },
      { type: 'event-withdrawn', data: { event: russia!.id, reason: 'misattributed' } },
      { type: 'event-withdrawn', data: { event: russia!.id, reason: 'and misdated' } },
    ]);
    const twice = await box.stancelog('append', 'both.jsonl');
    expect([twice.code, twice.stderr]).toEqual([0, '']);
    box.write('third.jsonl', [{ type: 'event-withdrawn', data: { event: russia!.id, reason: 'a third time' } }]);
    const warned = await box.stancelog('append', 'third.jsonl');
    expect([warned.code, warned.stderr]).toEqual([0, 'stancelog: warning: third.jsonl line 1: #1 is already withdrawn (by #5); withdrawing that withdrawal alone will not restore it now\n']);
  });

  it('says so when an event appended again is withdrawn: appending does not bring it back', async () => {
    await box.stancelog('withdraw', '2', '--reason', 'misattributed');
    const r = await box.stancelog('append', 'talks.jsonl');
    expect([r.code, r.stderr]).toEqual([0, "stancelog: note: an event already in the log was withdrawn (by #3: misattributed): appending it again does not bring it back; stancelog withdraw '#3' --reason ... does\n"]);
  });

  it('takes a file of withdrawals appended again for the duplicates it is, and notes nothing when the batch itself restores the event', async () => {
    const [russia] = await box.json<StoredEvent[]>('log');
    box.write('fix.jsonl', [{ type: 'event-withdrawn', data: { event: russia!.id, reason: 'misattributed' } }]);
    await box.stancelog('append', 'fix.jsonl');
    const again = await box.stancelog('append', 'fix.jsonl');
    expect([again.code, again.stderr]).toEqual([0, '']);
    const [, , withdrawal] = await box.json<StoredEvent[]>('log');
    // The statement again, with the withdrawal of its withdrawal: it is restored, so no note says it stays withdrawn.
    box.write('restore.jsonl', [russiaDemandsLand, { type: 'event-withdrawn', data: { event: withdrawal!.id, reason: 'the attribution was right' } }]);
    const restored = await box.stancelog('append', 'restore.jsonl');
    expect([restored.code, restored.stderr]).toEqual([0, '']);
    expect((await box.json<Array<{ holder: string }>>('positions')).map((p) => p.holder)).toEqual(['russia', 'ukraine']);
  });

  describe('a correction: the withdrawal and the corrected statement in one file (a review\'s finding)', () => {
    it('appends neither line when one is invalid: the statement is never withdrawn with nothing in its place', async () => {
      const [, ukraine] = await box.json<StoredEvent[]>('log');
      const before = readFileSync(join(box.dir, 'stancelog.jsonl'), 'utf8');
      box.write('fix.jsonl', [{ type: 'event-withdrawn', data: { event: ukraine!.id, reason: 'misdated' } }, { ...ukraineRefusesLand, recordedAt: undefined, statedAt: '2025-05-32' }]);
      const r = await box.stancelog('append', 'fix.jsonl');
      expect(r.code).toBe(1);
      expect(readFileSync(join(box.dir, 'stancelog.jsonl'), 'utf8')).toBe(before);
    });

    it('marks only a statement of the withdrawn one\'s quote appended with its withdrawal, not one appended apart or of another quote', async () => {
      const [russia, ukraine] = await box.json<StoredEvent[]>('log');
      const { recordedAt: _recorded, ...fixed } = ukraineRefusesLand;
      box.write('fix.jsonl', [
        { type: 'event-withdrawn', data: { event: ukraine!.id, reason: 'misdated' } },
        { ...fixed, statedAt: '2025-05-15' },
        { ...fixed, holder: 'poland', source: { quote: 'Warsaw backs Kyiv' } },
      ]);
      expect((await box.stancelog('append', 'fix.jsonl')).code).toBe(0);
      // Withdrawn by one command, the correction appended by another (a moment later: one instant is one batch).
      await box.stancelog('withdraw', String(russia!.position), '--reason', 'misattributed');
      await new Promise((resolve) => setTimeout(resolve, 5));
      const { recordedAt: _r, ...russian } = russiaDemandsLand;
      box.write('later.jsonl', [{ ...russian, statedAt: '2025-05-15' }]);
      expect((await box.stancelog('append', 'later.jsonl')).code).toBe(0);
      const log = (await box.stancelog('log')).stdout.split('\n');
      expect(log.filter((l) => l.includes('[corrects')).map((l) => l.replace(/ +/g, ' '))).toEqual([`4 2025-05-15 ${new Date().toISOString().slice(0, 10)} statement-made ukraine red-line territorial-concessions - [corrects #2]`]);
    });
  });

  it('is refused without --reason, as bad usage', async () => {
    const r = await box.stancelog('withdraw', '2');
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, "error: required option '--reason <text>' not specified"]);
  });
});

describe('the command lines withdraw, correct and append print to type', () => {
  // A log of 1,000 statements, two of whose ids start with the digits of positions the hints below name (1001, 1003):
  // as on a long log, where most numbers of four or five digits start an id, those positions typed bare are ambiguous.
  const line = (quote: string) => ({ holder: 'belarus', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-01', source: { quote } });
  const markers = { '1001': line('marker 104800'), '1003': line('marker 6045') };
  let box: Sandbox;
  beforeAll(async () => {
    box = sandbox();
    box.write('long.jsonl', [...Object.values(markers), ...Array.from({ length: 998 }, (_, i) => line(`filler ${i}`))]);
    expect((await box.stancelog('append', 'long.jsonl')).code).toBe(0);
  });
  afterAll(() => box.remove());

  /** The command a hint names, as a shell reads it (words and quoted texts), with a reason for its `--reason ...`. */
  const typed = (printed: string, reason: string): string[] => {
    const command = /stancelog ([^;()]*?--reason \.\.\.)/.exec(printed)![1]!;
    return [...command.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]!).map((w) => (w === '...' ? reason : w));
  };

  it("prints positions as '#N', quoted, which names the position on a log where the bare number also starts an id", async () => {
    for (const [digits, statement] of Object.entries(markers)) expect(eventId(statementMade(statement as never)).startsWith(digits)).toBe(true);
    const withdrawn = await box.stancelog('withdraw', '#5', '--reason', 'misread');
    expect(withdrawn.stdout).toMatch(/stancelog withdraw '#1001' --reason \.\.\. restores it\n$/);
    // Typed bare, as the hint printed it before: refused.
    const bare = await box.stancelog('withdraw', '1001', '--reason', 'read right');
    expect([bare.code, bare.stderr]).toEqual([1, "stancelog: 1001 is both a position and the start of an id (of #1): write '#1001' (quoted) for the position, or more digits of the id\n"]);
    const restored = await box.stancelog(...typed(withdrawn.stdout, 'read right'));
    expect([restored.code, restored.stdout]).toEqual([0, expect.stringContaining('#5 counts again')]);

    const corrected = await box.stancelog('correct', '#6', '--set', 'kind=red-line', '--reason', 'a red line');
    expect(corrected.stdout).toMatch(/stancelog withdraw '#1003' '#1004' --reason \.\.\. takes the correction back\n$/);
    const back = await box.stancelog(...typed(corrected.stdout, 'it was a refusal'));
    expect([back.code, back.stderr]).toEqual([0, '']);
    expect(back.stdout).toMatch(/^withdrew #1003 .*\n#6 counts again/);
  });

  it("takes '#N' with its quotes as well, as Windows' cmd.exe passes it", async () => {
    const r = await box.stancelog('withdraw', "'#1000'", '--reason', 'passed by cmd.exe');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^withdrew #1000 /);
  });

  it("names, in append's note of an event withdrawn appended again, the withdrawal as '#N'", async () => {
    box.write('again.jsonl', [line('filler 10')]);
    expect((await box.stancelog('withdraw', '#13', '--reason', 'a draft')).code).toBe(0);
    const again = await box.stancelog('append', 'again.jsonl');
    expect(again.stderr).toMatch(/appending it again does not bring it back; stancelog withdraw '#\d+' --reason \.\.\. does\n$/);
    const restored = await box.stancelog(...typed(again.stderr, 'not a draft'));
    expect([restored.code, restored.stdout]).toEqual([0, expect.stringContaining('#13 counts again')]);
  });
});
