// The analyst commands say the same thing the same way: a reversal is what
// the reversal rule (`contradictions`) calls one, in `timeline` and `diff`
// alike; a threat's trigger, a firmness held and a contradiction's id read
// as `positions`, `explain` and `contradictions` write them.
import type { ContradictionView } from '@stancelog/core';
import { sandbox } from './harness.js';
import type { Sandbox } from './harness.js';

interface TimelineLine {
  holder: string;
  issue: string;
  statements: Array<{ id: string; quote: string; change: string | null }>;
}
interface Diff {
  changedPositions: Array<{ holder: string; issue: string; before: { polarity: string; kind: string; firmKind: string | null }; after: { polarity: string; kind: string; firmKind: string | null }; reversal: boolean }>;
  contradictionsOpened: ContradictionView[];
}

const says = (holder: string, issue: string, kind: string, polarity: string, statedAt: string, quote: string, more: Record<string, unknown> = {}) => ({
  holder,
  issue,
  kind,
  polarity,
  statedAt,
  source: { quote },
  ...more,
});

/** A sandbox whose log holds `statements`, appended. */
async function logged(statements: ReadonlyArray<unknown>): Promise<Sandbox> {
  const box = sandbox();
  box.write('talks.jsonl', statements);
  const r = await box.stancelog('append', 'talks.jsonl');
  if (r.code !== 0) throw new Error(r.stderr);
  return box;
}

describe('timeline, diff and contradictions agree on what a reversal is', () => {
  let box: Sandbox;
  beforeAll(async () => {
    box = await logged([
      // Against a truce, non-committal on two days, then for one: the last firm own word is compared, a turn through a hedge.
      says('russia', 'ceasefire', 'reject', '-', '2025-03-01', 'no truce'),
      says('russia', 'ceasefire', 'hedge', '0', '2025-03-10', 'we shall see'),
      says('russia', 'ceasefire', 'hedge', '0', '2025-03-20', 'still thinking'),
      says('russia', 'ceasefire', 'accept', '+', '2025-04-01', 'a truce, then'),
      // Against an exchange; a third party says it is for one (past the 30 days its own word outweighs); then its own word.
      says('russia', 'prisoner-exchange', 'reject', '-', '2025-03-01', 'no exchange'),
      says('russia', 'prisoner-exchange', 'accept', '+', '2025-04-15', 'Moscow will swap prisoners, Ankara says', { speaker: { name: 'Hakan Fidan', actor: 'turkey' } }),
      says('russia', 'prisoner-exchange', 'accept', '+', '2025-04-20', 'we will exchange all for all'),
    ]);
  });
  afterAll(() => box.remove());

  // The statements `contradictions` names as the turns: each reversal's last statement.
  const turnsListed = async (...asOf: string[]) =>
    (await box.json<ContradictionView[]>('contradictions', '--type', 'reversal', ...asOf)).map((c) => c.statements[c.statements.length - 1]).sort();
  const marked = async (...asOf: string[]) =>
    (await box.json<TimelineLine[]>('timeline', ...asOf))
      .flatMap((line) => line.statements)
      .filter((s) => s.change === 'reversal')
      .map((s) => s.id)
      .sort();

  it('timeline marks ⇄ the statements with which contradictions lists a reversal, a turn through a hedge among them', async () => {
    const lines = await box.json<TimelineLine[]>('timeline', '--holder', 'russia');
    const marks = (issue: string) => lines.find((l) => l.issue === issue)!.statements.map((s) => [s.quote, s.change]);
    expect(marks('ceasefire')).toEqual([
      ['no truce', 'first'],
      ['we shall see', 'changed'],
      ['still thinking', null],
      ['a truce, then', 'reversal'],
    ]);
    // The report flipped the position (a change), but a report is not the holder turning: its own word that follows is.
    expect(marks('prisoner-exchange')).toEqual([
      ['no exchange', 'first'],
      ['Moscow will swap prisoners, Ankara says', 'changed'],
      ['we will exchange all for all', 'reversal'],
    ]);
    expect(await marked()).toEqual(await turnsListed());
    expect((await turnsListed()).length).toBe(2);
    // Before the holder's own word, the flip rests on the report alone: no reversal listed, none marked.
    expect(await marked('--as-of', '2025-04-16')).toEqual(await turnsListed('--as-of', '2025-04-16'));
    expect(await marked('--as-of', '2025-04-16')).toHaveLength(1);
    const text = await box.stancelog('timeline', '--holder', 'russia', '--issue', 'ceasefire');
    expect(text.stdout).toMatch(/\n {2}⇄ 2025-04-01 {2}\+ accept {2}“a truce, then”\n/);
    expect(text.stdout).toMatch(/\n {2}→ 2025-03-10 {2}0 hedge {2}“we shall see”\n/);
  });

  it('diff calls a changed position a reversal exactly when a reversal of its holder on its issue opened in the period', async () => {
    // From the second hedge to the acceptance: 0 before, + after, and the reversal opened on 1 April.
    const d = await box.json<Diff>('diff', '--from', '2025-03-25', '--to', '2025-04-05');
    expect(d.changedPositions.map((c) => [c.issue, `${c.before.polarity} ${c.before.kind}`, `${c.after.polarity} ${c.after.kind}`, c.reversal])).toEqual([['ceasefire', '0 hedge', '+ accept', true]]);
    expect(d.contradictionsOpened.filter((c) => c.type === 'reversal').map((c) => c.id)).toEqual(['reversal:russia:ceasefire']);
    const text = await box.stancelog('diff', '--from', '2025-03-25', '--to', '2025-04-05');
    expect(text.stdout).toContain('CHANGED POSITIONS (1, 1 reversal)\n');
    expect(text.stdout).toMatch(/\nrussia +ceasefire +0 hedge +\+ accept +2025-04-01 +2025-04-01 +yes\n/);
    // A flip that rests on a third party's report: changed, no reversal, none opened.
    const reported = await box.json<Diff>('diff', '--from', '2025-04-10', '--to', '2025-04-16');
    expect(reported.changedPositions.map((c) => [c.issue, c.before.polarity, c.after.polarity, c.reversal])).toEqual([['prisoner-exchange', '-', '+', false]]);
    expect(reported.contradictionsOpened.filter((c) => c.type === 'reversal')).toEqual([]);
    expect((await box.stancelog('diff', '--from', '2025-04-10', '--to', '2025-04-16')).stdout).toContain('CHANGED POSITIONS (1, 0 reversals)\n');
    // Over other periods, the rows marked reversal, as an analyst reads the log.
    const marked = async (from: string, to: string) => (await box.json<Diff>('diff', '--from', from, '--to', to)).changedPositions.map((c) => [c.issue, c.reversal]);
    // March to April: both turned (the exchange by its own word of 20 April, after the report).
    expect(await marked('2025-03-02', '2025-04-30')).toEqual([['ceasefire', true], ['prisoner-exchange', true]]);
    // The report had already made the exchange +: its own word changed no position, though it opened the reversal.
    expect(await marked('2025-04-17', '2025-04-30')).toEqual([]);
    // Against, then non-committal: a change, no turn.
    expect(await marked('2025-03-05', '2025-03-31')).toEqual([['ceasefire', false]]);
  });
});

describe('timeline says what its marks and conditions mean, as the other commands say it', () => {
  let box: Sandbox;
  beforeAll(async () => {
    box = await logged([
      says('atlantic-union', 'digital-tax', 'red-line', '-', '2026-01-14', 'a levy aimed at our companies we will never accept'),
      says('atlantic-union', 'digital-tax', 'reject', '-', '2026-02-24', 'the levy must go'),
      says('atlantic-union', 'retaliatory-tariffs', 'threat', '+', '2026-01-14', 'should the levy come into force, Pacific goods will face our tariffs', {
        conditions: [{ issue: 'digital-tax', polarity: '+' }],
      }),
      says('atlantic-union', 'retaliatory-tariffs', 'reject', '-', '2026-05-08', 'retaliation is shelved'),
    ]);
  });
  afterAll(() => box.remove());

  it('marks a change of kind alone with →, and its legend says so', async () => {
    const [line] = await box.json<TimelineLine[]>('timeline', '--issue', 'digital-tax');
    expect(line!.statements.map((s) => s.change)).toEqual(['first', 'changed']);
    const text = (await box.stancelog('timeline', '--issue', 'digital-tax')).stdout;
    expect(text).toMatch(/\n {2}→ 2026-02-24 {2}- reject {2}“the levy must go”\n/);
    expect(text.trimEnd().split('\n').pop()).toBe("• first stance   → stance or kind changed   ⇄ reversal: the holder's own word turned (+ to - or back)");
  });

  it("marks a threat's conditions as what sets it off, as positions and explain do", async () => {
    const text = (await box.stancelog('timeline', '--issue', 'retaliatory-tariffs')).stdout;
    expect(text).toContain('  • 2026-01-14  + threat (if digital-tax + (trigger))  “should the levy come into force');
    expect((await box.stancelog('positions', '--issue', 'retaliatory-tariffs', '--as-of', '2026-02-01')).stdout).toContain('if digital-tax + (trigger)');
    // The threat is the word the reversal turned from: explain quotes it the same way.
    const explained = (await box.stancelog('explain', 'reversal')).stdout;
    expect(explained).toContain('2026-01-14  atlantic-union: + threat on retaliatory-tariffs (if digital-tax + (trigger))');
  });
});

describe('diff writes a kind as positions writes it', () => {
  it('says "(red-line held)" of a red line restated as a refusal, among changed and new positions', async () => {
    const box = sandbox();
    try {
      box.write('talks.jsonl', [
        says('pacific-compact', 'dispute-body', 'red-line', '-', '2026-01-20', 'no foreign referee, ever'),
        says('pacific-compact', 'dispute-body', 'reject', '-', '2026-02-04', 'we do not want the panel'),
        says('atlantic-union', 'auto-quotas', 'red-line', '-', '2026-02-01', 'quotas stay'),
        says('atlantic-union', 'auto-quotas', 'reject', '-', '2026-02-03', 'no change on quotas'),
      ]);
      expect((await box.stancelog('append', 'talks.jsonl')).code).toBe(0);
      const positions = (await box.stancelog('positions', '--holder', 'pacific-compact')).stdout;
      expect(positions).toContain('reject (red-line held)');
      const text = (await box.stancelog('diff', '--from', '2026-02-01', '--to', '2026-02-28')).stdout;
      expect(text).toMatch(/\npacific-compact +dispute-body +- red-line +- reject \(red-line held\) +2026-02-04 +2026-01-20 *\n/);
      expect(text).toMatch(/\natlantic-union +auto-quotas +- +reject \(red-line held\) +2026-02-01\n/);
      const d = await box.json<Diff>('diff', '--from', '2026-02-01', '--to', '2026-02-28');
      expect(d.changedPositions.map((c) => [c.before, c.after].map((s) => [s.kind, s.firmKind]))).toEqual([
        [
          ['red-line', 'red-line'],
          ['reject', 'red-line'],
        ],
      ]);
    } finally {
      box.remove();
    }
  });
});

describe('the short ids of contradictions, as explain takes them', () => {
  let box: Sandbox;
  const voice = (name: string, polarity: '+' | '-', statedAt: string) =>
    says('pacific-compact', 'dispute-body', polarity === '+' ? 'accept' : 'reject', polarity, statedAt, `${name} on the dispute body`, { speaker: { name, actor: 'pacific-compact' } });
  beforeAll(async () => {
    // Ministers of one government contradicting each other: self-contradiction ids end with a speaker's name.
    box = await logged([voice('Kenji Arao', '-', '2026-02-02'), voice('Lisa Moana', '+', '2026-02-03'), voice('Wei Tan', '-', '2026-02-04')]);
  });
  afterAll(() => box.remove());

  it('cut a speaker\'s name before its space when that names the contradiction alone, and explain takes them as one word', async () => {
    const all = await box.json<ContradictionView[]>('contradictions', '--type', 'self-contradiction');
    expect(all.length).toBeGreaterThan(1);
    expect(all.some((c) => c.id.includes(' '))).toBe(true);
    const table = (await box.stancelog('contradictions', '--type', 'self-contradiction')).stdout.split('\n').slice(1, -1);
    const shortIds = table.map((row) => row.split(/ {2,}/)[0]!);
    expect(shortIds.map((id) => id.includes(' '))).toEqual(all.map(() => false));
    for (const short of shortIds) {
      const r = await box.stancelog('explain', short, '--json');
      expect([short, r.code, r.stderr]).toEqual([short, 0, '']);
      expect((JSON.parse(r.stdout) as { contradiction: ContradictionView }).contradiction.id.startsWith(short)).toBe(true);
    }
  });

  it('take a whole id with a space unquoted: the words after explain are one id', async () => {
    const [c] = (await box.json<ContradictionView[]>('contradictions', '--type', 'self-contradiction')).filter((x) => x.id.includes(' '));
    const r = await box.stancelog('explain', ...c!.id.split(' '));
    expect([r.code, r.stdout.split('\n')[0]]).toEqual([0, c!.id]);
  });

  it('keep the space only when another id shares the name up to it', async () => {
    const twins = sandbox();
    try {
      const named = (name: string, polarity: '+' | '-', statedAt: string) =>
        says('pacific-compact', 'dispute-body', polarity === '+' ? 'accept' : 'reject', polarity, statedAt, `${name} on the dispute body`, { speaker: { name, actor: 'pacific-compact' } });
      twins.write('talks.jsonl', [named('Kenji Arao', '-', '2026-02-02'), named('Kenji Aoki', '+', '2026-02-03'), named('Lisa Moana', '-', '2026-02-04')]);
      expect((await twins.stancelog('append', 'talks.jsonl')).code).toBe(0);
      const all = await twins.json<ContradictionView[]>('contradictions', '--type', 'self-contradiction');
      const table = (await twins.stancelog('contradictions', '--type', 'self-contradiction')).stdout.split('\n').slice(1, -1);
      // Two Kenjis: cut at the space, their ids would be one.
      expect(table.map((row) => row.split(/ {2,}/)[0])).toEqual(['self-contradiction:pacific-compact:dispute-body:Kenji Aoki|Lisa', 'self-contradiction:pacific-compact:dispute-body:Kenji Aoki|Kenji']);
      for (const row of table) {
        const short = row.split(/ {2,}/)[0]!;
        const r = await twins.stancelog('explain', ...short.split(' '));
        expect([short, r.code]).toEqual([short, 0]);
        expect(all.some((c) => c.id === r.stdout.split('\n')[0] && c.id.startsWith(short))).toBe(true);
      }
    } finally {
      twins.remove();
    }
  });
});
