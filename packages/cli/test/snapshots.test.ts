import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysis, readAll } from '@stancelog/core';
import { fileSnapshots, openFileStore } from '@stancelog/store-file';
import { sandbox, watching } from './harness.js';
import type { Sandbox } from './harness.js';

interface Position {
  holder: string;
  issue: string;
  polarity: string;
  statements: string[];
}

/** `n` statements of `holder` on seven issues, one in five a rejection; `tag` keeps two batches' quotes (and ids) apart. */
const statements = (n: number, tag: string, holder = 'russia') =>
  Array.from({ length: n }, (_, i) => ({
    holder,
    issue: `issue-${i % 7}`,
    kind: i % 5 === 4 ? 'reject' : 'demand',
    polarity: i % 5 === 4 ? '-' : '+',
    statedAt: '2025-05-16',
    source: { quote: `${tag} ${i}` },
  }));

const folder = (s: Sandbox) => join(s.dir, 'stancelog.jsonl.snapshots');

/** The event at `position` of the sandbox's log. */
async function eventAt(s: Sandbox, position: number) {
  const opened = await openFileStore(join(s.dir, 'stancelog.jsonl'), { readOnly: true });
  if (opened._tag === 'Left') throw new Error(opened.left.message);
  try {
    return (await readAll(opened.right))[position - 1]!;
  } finally {
    await opened.right.close();
  }
}

describe('positions and contradictions start from a snapshot of a file log', () => {
  let s: Sandbox;
  beforeEach(async () => {
    s = sandbox();
    expect((await s.stancelog('append', s.write('first.jsonl', statements(1_000, 'first')))).code).toBe(0);
  });
  afterEach(() => s.remove());

  it('save one beside the log (LOG.snapshots/) after replaying 1,000 events, then start from it and show what was appended since', async () => {
    const before = await s.json<Position[]>('positions');
    expect(readdirSync(folder(s))).toEqual(['analysis.snapshot']);
    const saved = await fileSnapshots(folder(s)).load(analysis().name, analysis().version);
    expect(saved && [saved.position, saved.eventId]).toEqual([1_000, (await eventAt(s, 1_000)).id]);
    expect(before.find((p) => p.issue === 'issue-0')?.polarity).toBe('-');
    // Russia turns on issue-0: read from the snapshot and the tail, as from the whole log.
    expect((await s.stancelog('append', s.write('turn.jsonl', [{ ...statements(1, 'turn')[0], kind: 'demand', polarity: '+' }]))).code).toBe(0);
    const after = await s.json<Position[]>('positions');
    expect(after.find((p) => p.issue === 'issue-0')?.polarity).toBe('+');
    expect(after).toEqual(await s.json<Position[]>('positions', '--no-snapshots'));
    expect(await s.json('contradictions')).toEqual(await s.json('contradictions', '--no-snapshots'));
  });

  it('show what the snapshot holds, not the log before it: proof that they start from it', async () => {
    // A snapshot of this log (its event at 1,000) holding an empty analysis: only the tail after it shows.
    await fileSnapshots(folder(s)).save({ reducer: analysis().name, version: analysis().version, position: 1_000, eventId: (await eventAt(s, 1_000)).id, state: analysis().initial() });
    expect((await s.stancelog('append', s.write('late.jsonl', statements(1, 'late', 'ukraine')))).code).toBe(0);
    expect((await s.json<Position[]>('positions')).map((p) => p.holder)).toEqual(['ukraine']);
    expect((await s.json<Position[]>('positions', '--no-snapshots')).map((p) => p.holder)).toContain('russia');
  });

  it('ignore, without a word, the snapshot of a log deleted and started again', async () => {
    await s.stancelog('positions');
    expect(existsSync(join(folder(s), 'analysis.snapshot'))).toBe(true);
    rmSync(join(s.dir, 'stancelog.jsonl'));
    expect((await s.stancelog('append', s.write('other.jsonl', statements(3, 'other', 'ukraine')))).code).toBe(0);
    const r = await s.stancelog('positions', '--json');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect((JSON.parse(r.stdout) as Position[]).map((p) => [p.holder, p.issue, p.statements.length])).toEqual([
      ['ukraine', 'issue-0', 1],
      ['ukraine', 'issue-1', 1],
      ['ukraine', 'issue-2', 1],
    ]);
  });

  it('neither read nor save one with --no-snapshots, or as of a date (the snapshot holds what came after it)', async () => {
    for (const argv of [['positions', '--no-snapshots'], ['contradictions', '--no-snapshots'], ['positions', '--as-of', '2025-12-31'], ['contradictions', '--known-at', '2099-01-01']]) {
      expect((await s.stancelog(...argv)).code).toBe(0);
      expect(existsSync(folder(s))).toBe(false);
    }
  });

  it('print the right answer when the snapshot cannot be saved, with one warning on stderr', async () => {
    // A file where the folder would be: nothing can be saved there (permissions would not stop root).
    writeFileSync(folder(s), 'not a folder');
    const r = await s.stancelog('positions', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(await s.json('positions', '--no-snapshots'));
    expect(r.stderr).toMatch(/^stancelog: warning: store stancelog\.jsonl: saving the snapshot of analysis: .*; the answer is right all the same, but the next run replays again what this one did \(the log since the last snapshot saved, or all of it\) \(--no-snapshots not to try\)\n$/);
  });
});

/** `stancelog contradictions --watch ...` in-process, stopped (as by Ctrl-C) once it has printed the contradictions as they stand. */
async function watchedFirst(s: Sandbox, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const w = watching(s.dir, argv);
  await w.until((out) => out.stderr.includes('watching stancelog.jsonl for changes'));
  w.stop();
  return { code: await w.code, ...w.out };
}

/** What each command that shows the analysis of the log as it is now prints, run with `extra` arguments. */
const commands: ReadonlyArray<[name: string, run: (s: Sandbox, ...extra: string[]) => Promise<{ code: number; stdout: string; stderr: string }>]> = [
  ['timeline', (s, ...extra) => s.stancelog('timeline', ...extra)],
  ['timeline --holder russia --json', (s, ...extra) => s.stancelog('timeline', '--holder', 'russia', '--json', ...extra)],
  ['explain reversal:russia:issue-0', (s, ...extra) => s.stancelog('explain', 'reversal:russia:issue-0', ...extra)],
  ['explain reversal:russia:issue-0 --json', (s, ...extra) => s.stancelog('explain', 'reversal:russia:issue-0', '--json', ...extra)],
  ['contradictions --watch', (s, ...extra) => watchedFirst(s, ...extra)],
  ['contradictions --watch --json', (s, ...extra) => watchedFirst(s, '--json', ...extra)],
];

/** {@link statements} stated a day apart on each issue, from 2025-01-01: Russia's turns are reversals. */
const dated = (n: number, tag: string) =>
  statements(n, tag).map((statement, i) => ({ ...statement, statedAt: new Date(Date.UTC(2025, 0, 1 + Math.floor(i / 7))).toISOString().slice(0, 10) }));

describe('timeline, explain and contradictions --watch start from the snapshot too, as positions does', () => {
  let s: Sandbox;
  beforeEach(async () => {
    s = sandbox();
    expect((await s.stancelog('append', s.write('first.jsonl', dated(1_000, 'first')))).code).toBe(0);
  });
  afterEach(() => s.remove());

  it.each(commands)('%s: the first run saves one, and the next, after an append, prints what --no-snapshots prints', async (_name, command) => {
    const first = await command(s);
    expect([first.code, readdirSync(folder(s))]).toEqual([0, ['analysis.snapshot']]);
    expect((await fileSnapshots(folder(s)).load(analysis().name, analysis().version))?.position).toBe(1_000);
    // Russia turns on issue-0 again (its last word there was a rejection): a tail too short to be saved, replayed after the snapshot.
    expect((await s.stancelog('append', s.write('turn.jsonl', [{ ...statements(1, 'turn')[0], kind: 'demand', polarity: '+', statedAt: '2025-12-01' }]))).code).toBe(0);
    const fromSnapshot = await command(s);
    expect((await fileSnapshots(folder(s)).load(analysis().name, analysis().version))?.position).toBe(1_000);
    expect(fromSnapshot).toEqual(await command(s, '--no-snapshots'));
    expect(fromSnapshot.stdout).toContain('2025-12-01');
  });

  it('alignment: the first run saves one, and the next, after an append, prints what --no-snapshots prints', async () => {
    // Ukraine's stances on the same seven issues, so that there is a pair to weigh.
    expect((await s.stancelog('append', s.write('ukraine.jsonl', statements(7, 'ukraine', 'ukraine')))).code).toBe(0);
    const first = await s.stancelog('alignment', '--json');
    expect(first.code).toBe(0);
    expect(readdirSync(folder(s))).toContain('analysis.snapshot');
    // Russia turns on issue-0 to Ukraine's side: a tail too short to be saved, replayed after the snapshot.
    expect((await s.stancelog('append', s.write('turn.jsonl', [{ ...statements(1, 'turn')[0], kind: 'demand', polarity: '+', statedAt: '2025-12-01' }]))).code).toBe(0);
    const fromSnapshot = await s.stancelog('alignment', '--json');
    expect(fromSnapshot).toEqual(await s.stancelog('alignment', '--json', '--no-snapshots'));
    expect(JSON.parse(fromSnapshot.stdout)[0].agree).toContain('issue-0');
    expect(JSON.parse(first.stdout)[0].disagree).toContain('issue-0');
  });

  it('contradictions --watch says once that it cannot save one, and watches on', async () => {
    // A file where the folder would be: nothing can be saved there.
    writeFileSync(folder(s), 'not a folder');
    const r = await watchedFirst(s);
    expect(r.code).toBe(0);
    const warnings = r.stderr.split('\n').filter((line) => line.startsWith('stancelog: warning:'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/saving the snapshot of analysis: .*; the watch goes on, but the next run replays the log since the last snapshot saved \(or all of it\) again, and the watch says no more of it \(--no-snapshots not to try\)$/);
  });

  it('neither read nor save one with --no-snapshots, or as of a date', async () => {
    const explain = ['explain', 'reversal:russia:issue-0'];
    for (const argv of [['timeline', '--no-snapshots'], ['timeline', '--as-of', '2025-12-31'], [...explain, '--no-snapshots'], [...explain, '--known-at', '2099-01-01']]) {
      expect((await s.stancelog(...argv)).code).toBe(0);
      expect(existsSync(folder(s))).toBe(false);
    }
    expect((await watchedFirst(s, '--no-snapshots')).code).toBe(0);
    expect(existsSync(folder(s))).toBe(false);
  });

  it.each(commands)('%s: shows what the snapshot holds, not the log before it (proof that it starts from it), and not with --no-snapshots', async (name, command) => {
    // A snapshot of this log (its event at 1,000) holding an empty analysis: only the tail after it shows.
    await fileSnapshots(folder(s)).save({ reducer: analysis().name, version: analysis().version, position: 1_000, eventId: (await eventAt(s, 1_000)).id, state: analysis().initial() });
    expect((await s.stancelog('append', s.write('late.jsonl', statements(1, 'late', 'ukraine')))).code).toBe(0);
    const fromSnapshot = await command(s);
    const whole = await command(s, '--no-snapshots');
    expect(whole.code).toBe(0);
    expect(whole.stdout).toContain('russia');
    if (name.startsWith('explain')) {
      // Russia's reversals are in the log before the snapshot only.
      expect([fromSnapshot.code, fromSnapshot.stderr]).toEqual([1, 'stancelog: no contradiction "reversal:russia:issue-0" (0 in the log): list their ids with stancelog contradictions\n']);
    } else if (name.startsWith('timeline')) {
      // Russia is in the log, so --holder russia is no typo: it has no line in the snapshot's analysis.
      expect([fromSnapshot.code, fromSnapshot.stdout]).toEqual([0, name.endsWith('--json') ? '[]\n' : 'ukraine on issue-0: now + demand since 2025-05-16\n  • 2025-05-16  + demand  “late 0”\n\n• first stance   → stance or kind changed   ⇄ reversal: the holder\'s own word turned (+ to - or back)\n']);
    } else {
      expect([fromSnapshot.code, fromSnapshot.stdout.includes('russia')]).toEqual([0, false]);
    }
  });
});
