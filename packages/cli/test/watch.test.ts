import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { russiaDemandsLand, sandbox, ukraineRefusesLand, watching } from './harness.js';
import type { Sandbox } from './harness.js';

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

// Each watch is stopped after its test, passed or failed: a watch left running would keep jest waiting.
const running: Array<{ stop: () => void; code: Promise<number> }> = [];

/** `stancelog contradictions --watch ...` running in-process, stopped by `stop()` as Ctrl-C stops the command, and after its test. */
function watchingIn(box: Sandbox, ...argv: string[]) {
  return watchingWith(box, {}, ...argv);
}

function watchingWith(box: Sandbox, env: Record<string, string>, ...argv: string[]) {
  const w = watching(box.dir, argv, env);
  running.push(w);
  return w;
}

/** One append of 2,503 events: Kyiv's refusal (a clash with Russia), 2,500 unrelated ones, then Kyiv's acceptance (the clash resolved). */
async function appendLargeBatch(box: Sandbox): Promise<void> {
  const filler = Array.from({ length: 2500 }, (_, i) => ({ holder: 'belarus', issue: 'sanctions', kind: 'reject', polarity: '-', statedAt: '2025-05-17', source: { quote: `filler ${i}` } }));
  const yields = { ...ukraineRefusesLand, kind: 'accept', polarity: '+', statedAt: '2025-06-01', recordedAt: '2025-06-02T09:00:00Z', source: { quote: 'Kyiv accepts the line as it stands' } };
  box.write('batch.jsonl', [ukraineRefusesLand, ...filler, yields]);
  await box.stancelog('append', 'batch.jsonl');
}

describe('stancelog contradictions --watch', () => {
  let box: Sandbox;
  beforeEach(async () => {
    box = sandbox();
    box.write('talks.jsonl', [russiaDemandsLand]);
    expect((await box.stancelog('append', 'talks.jsonl')).code).toBe(0);
  });
  afterEach(async () => {
    for (const w of running.splice(0)) {
      w.stop();
      await w.code;
    }
    box.remove();
  });

  it('prints the contradictions, then each one opened, resolved or gone as other processes append, until stopped', async () => {
    const w = watchingIn(box);
    await until(() => w.out.stderr.includes('watching stancelog.jsonl for changes (Ctrl-C to stop)'), 'the watch started');
    // None yet, said as `contradictions` says it.
    expect(w.out.stdout).toBe('no contradictions\n');
    box.write('kyiv.jsonl', [ukraineRefusesLand]);
    await box.stancelog('append', 'kyiv.jsonl');
    await until(() => w.out.stdout.includes('opened'), 'the clash was printed');
    expect(w.out.stdout.split('\n')[1]).toBe(
      '#2  opened    incompatible on territorial-concessions (russia, ukraine) [incompatible] since 2025-05-16: russia demand territorial-concessions (+) against ukraine red-line territorial-concessions (-)',
    );
    box.write('yields.jsonl', [{ ...ukraineRefusesLand, kind: 'accept', polarity: '+', statedAt: '2025-06-01', recordedAt: '2025-06-02T09:00:00Z', source: { quote: 'Kyiv accepts the line as it stands' } }]);
    await box.stancelog('append', 'yields.jsonl');
    await until(() => w.out.stdout.includes('resolved'), 'the resolution was printed');
    // Kyiv's turn also opens a reversal: opened first, then resolved.
    expect(w.out.stdout.split('\n').slice(2, 4)).toEqual([
      '#3  opened    reversal on territorial-concessions (ukraine) [reversal] since 2025-06-01: ukraine went from red-line (-) to accept (+) on territorial-concessions',
      '#3  resolved  incompatible on territorial-concessions (russia, ukraine) [incompatible] on 2025-06-01',
    ]);
    await box.stancelog('withdraw', '2', '--reason', 'misattributed');
    await until(() => w.out.stdout.includes('gone'), 'the withdrawal was printed');
    // The red line is withdrawn: the clash and the reversal rested on it.
    expect(w.out.stdout.split('\n').slice(4, 6).sort()).toEqual([
      '#4  gone      incompatible on territorial-concessions (russia, ukraine): a statement it rested on was withdrawn, or one read late changed it',
      '#4  gone      reversal on territorial-concessions (ukraine): a statement it rested on was withdrawn, or one read late changed it',
    ]);
    w.stop();
    expect(await w.code).toBe(0);
  });

  it('tells a turn read late in a holder\'s past from the turns after it, which keep their place though their records are numbered anew', async () => {
    const council = (kind: 'commit' | 'reject', statedAt: string) => ({
      holder: 'city-council',
      issue: 'city-subsidy',
      kind,
      polarity: kind === 'commit' ? '+' : '-',
      statedAt,
      speaker: { name: 'Rolf Andersen', actor: 'city-council' },
      source: { quote: `the council on ${statedAt}` },
    });
    box.write('council.jsonl', [council('reject', '2026-03-04'), council('reject', '2026-03-10'), council('commit', '2026-03-13')]);
    await box.stancelog('append', 'council.jsonl');
    const w = watchingIn(box, '--type', 'reversal');
    await until(() => w.out.stderr.includes('watching'), 'the watch started');
    expect(w.out.stdout).toMatch(/reversal\s+reversal\s+city-subsidy\s+city-council\s+2026-03-13\s+open/);
    box.write('late.jsonl', [council('commit', '2026-03-09')]);
    await box.stancelog('append', 'late.jsonl');
    await until(() => w.out.stdout.split('\n').filter((l) => l.startsWith('#5')).length === 2, 'the two turns were printed');
    // The turns of the 9th and the 10th, over already; the open turn of the 13th is unchanged, though it is record #3 now.
    expect(w.out.stdout.split('\n').filter((l) => l.startsWith('#5'))).toEqual([
      '#5  resolved  reversal on city-subsidy (city-council) [reversal:city-council:city-subsidy] on 2026-03-10',
      '#5  resolved  reversal on city-subsidy (city-council) [reversal:city-council:city-subsidy#2] on 2026-03-13',
    ]);
  });

  it('stops with an error, exit 1, when the log file is deleted under it, instead of watching a file nobody appends to, naming the file once', async () => {
    const w = watchingIn(box);
    await until(() => w.out.stderr.includes('watching stancelog.jsonl'), 'the watch started');
    rmSync(join(box.dir, 'stancelog.jsonl'));
    expect(await w.code).toBe(1);
    expect(w.out.stderr.split('\n')[1]).toBe(`stancelog: following stopped: ${join(box.dir, 'stancelog.jsonl')} was deleted or moved away since the store opened it (run the command again to use the file now at that path)`);
  });

  it('says a contradiction resolved and then reopened, with --status open too (a resolution is news, not a withdrawal)', async () => {
    box.write('kyiv.jsonl', [ukraineRefusesLand]);
    await box.stancelog('append', 'kyiv.jsonl');
    const w = watchingIn(box, '--status', 'open', '--type', 'incompatible');
    await until(() => w.out.stderr.includes('watching'), 'the watch started');
    box.write('yields.jsonl', [{ ...ukraineRefusesLand, kind: 'accept', polarity: '+', statedAt: '2025-06-01', recordedAt: '2025-06-02T09:00:00Z', source: { quote: 'Kyiv accepts the line as it stands' } }]);
    await box.stancelog('append', 'yields.jsonl');
    await until(() => w.out.stdout.includes('resolved'), 'the resolution was printed');
    await box.stancelog('withdraw', '3', '--reason', 'Kyiv denied it the next day');
    await until(() => w.out.stdout.includes('reopened'), 'the reopening was printed');
    expect(w.out.stdout.split('\n').slice(2)).toEqual([
      '#3  resolved  incompatible on territorial-concessions (russia, ukraine) [incompatible] on 2025-06-01',
      '#4  reopened  incompatible on territorial-concessions (russia, ukraine) [incompatible]: russia demand territorial-concessions (+) against ukraine red-line territorial-concessions (-)',
      '',
    ]);
  });

  it('reports a large append once caught up with it, at its last position, not in the states between its pieces', async () => {
    // However long the machine takes to deliver the append: no report in between (the default is at least once a second).
    const w = watchingWith(box, { STANCELOG_WATCH_EVERY_MS: '600000' }, '--type', 'incompatible');
    await until(() => w.out.stderr.includes('watching'), 'the watch started');
    await appendLargeBatch(box);
    await until(() => w.out.stdout.includes('resolved'), 'the change was printed');
    // Opened by the first line of the append and resolved by its last: one change, at #2503.
    expect(w.out.stdout.split('\n').slice(1)).toEqual(['#2503  resolved  incompatible on territorial-concessions (russia, ukraine) [incompatible] on 2025-06-01', '']);
  });

  it('reports a flood at least as often as STANCELOG_WATCH_EVERY_MS says, and refuses a value that is no number', async () => {
    const w = watchingWith(box, { STANCELOG_WATCH_EVERY_MS: '0' }, '--type', 'incompatible');
    await until(() => w.out.stderr.includes('watching'), 'the watch started');
    await appendLargeBatch(box);
    await until(() => w.out.stdout.includes('resolved'), 'the resolution was printed');
    // Reported while the append was still arriving: the clash it opened on its way, then the resolution at its end.
    expect(w.out.stdout.split('\n').slice(1, 3).map((l) => l.replace(/^#\d+ +/, ''))).toEqual([
      'opened    incompatible on territorial-concessions (russia, ukraine) [incompatible] since 2025-05-16: russia demand territorial-concessions (+) against ukraine red-line territorial-concessions (-)',
      'resolved  incompatible on territorial-concessions (russia, ukraine) [incompatible] on 2025-06-01',
    ]);
    const refused = watchingWith(box, { STANCELOG_WATCH_EVERY_MS: 'often' });
    expect([await refused.code, refused.out.stderr]).toEqual([1, 'stancelog: STANCELOG_WATCH_EVERY_MS must be a whole number of milliseconds, got "often"\n']);
  });

  it('prints JSON lines with --json, and keeps to the filters', async () => {
    const w = watchingIn(box, '--json', '--issue', 'ceasefire');
    await until(() => w.out.stderr.includes('watching'), 'the watch started');
    box.write('more.jsonl', [ukraineRefusesLand, { ...ukraineRefusesLand, holder: 'belarus', issue: 'ceasefire', kind: 'reject', source: { quote: 'no truce' } }, { ...russiaDemandsLand, issue: 'ceasefire', source: { quote: 'a truce now' } }]);
    await box.stancelog('append', 'more.jsonl');
    await until(() => w.out.stdout.split('\n').length > 2, 'a change was printed');
    w.stop();
    expect(await w.code).toBe(0);
    const [first, change] = w.out.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, Array<{ issues: string[] }>>);
    expect(first).toEqual({ contradictions: [] });
    expect([change!.at, change!.opened!.map((c) => c.issues)]).toEqual([4, [['ceasefire']]]);
  });

  it('warns of an --actor the log does not mention yet, with the closest ones, and watches for it anyway', async () => {
    const w = watchingIn(box, '--actor', 'rusia');
    await until(() => w.out.stderr.includes('watching'), 'the watch started');
    expect(w.out.stderr.split('\n')[0]).toBe('stancelog: warning: --actor rusia: no actor "rusia" in the log; did you mean russia?; watching for it anyway');
  });

  it('refuses --as-of and --known-at, and an embedding that gives no way to stop it', async () => {
    const dated = await box.stancelog('contradictions', '--watch', '--as-of', '2025-05-01');
    expect([dated.code, dated.stderr]).toEqual([1, 'stancelog: --watch follows the log as it grows: it takes no --as-of or --known-at\n']);
    const endless = await box.stancelog('contradictions', '--watch');
    expect([endless.code, endless.stderr]).toEqual([1, 'stancelog: --watch runs until interrupted: give the CLI io an interrupted() promise to stop it (the stancelog command stops on Ctrl-C)\n']);
  });
});
