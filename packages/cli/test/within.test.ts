// `--within ISSUE` of log, positions, contradictions and timeline (src/within-option.ts): the issue and every issue
// under it, where `--issue` takes the one issue (a leftover of stop 49: asking about peace-talks left out
// territorial-concessions, defined under it).
import { russiaDemandsLand, sandbox, ukraineRefusesLand, ukraineWantsCeasefireFirst, watching } from './harness.js';
import type { Sandbox } from './harness.js';

const defined = (id: string, parent?: string, recordedAt = '2025-03-01T00:00:00Z') => ({
  type: 'issue-defined',
  data: { id, title: id, proposition: `${id} is agreed`, ...(parent !== undefined ? { parent } : {}) },
  recordedAt,
});
const says = (holder: string, issue: string, kind: string, polarity: string, quote: string) => ({
  holder,
  issue,
  kind,
  polarity,
  statedAt: '2025-05-16',
  recordedAt: '2025-05-17T09:00:00Z',
  source: { publisher: 'Test Wire', quote },
});

let box: Sandbox;
beforeAll(async () => {
  box = sandbox();
  box.write('talks.jsonl', [
    defined('peace-talks'),
    defined('territorial-concessions', 'peace-talks'),
    // Two levels down.
    defined('donbas', 'territorial-concessions'),
    defined('sanctions'),
    russiaDemandsLand,
    ukraineRefusesLand,
    says('russia', 'donbas', 'demand', '+', 'the Donbas must be handed over'),
    says('ukraine', 'donbas', 'red-line', '-', 'not one village of the Donbas'),
    says('russia', 'sanctions', 'demand', '-', 'lift the sanctions'),
    says('ukraine', 'sanctions', 'demand', '+', 'keep the sanctions'),
    // Stated before the log placed its issue under the talks.
    says('ukraine', 'talks-format', 'demand', '+', 'the Americans at the table'),
    defined('talks-format', 'peace-talks', '2025-06-01T00:00:00Z'),
    ukraineWantsCeasefireFirst,
  ]);
  const r = await box.stancelog('append', 'talks.jsonl');
  if (r.code !== 0) throw new Error(r.stderr);
});
afterAll(() => box.remove());

interface Listed {
  holder: string;
  issue: string;
}

describe('--within', () => {
  it('keeps the positions on the issue and on every issue under it, at any depth, and none outside', async () => {
    const positions = await box.json<Listed[]>('positions', '--within', 'peace-talks');
    expect(positions.map((p) => `${p.holder}/${p.issue}`)).toEqual([
      'russia/donbas',
      'russia/territorial-concessions',
      'ukraine/donbas',
      'ukraine/peace-talks',
      'ukraine/talks-format',
      'ukraine/territorial-concessions',
    ]);
  });

  it('leaves --issue as it was: the one issue, not those under it', async () => {
    const positions = await box.json<Listed[]>('positions', '--issue', 'peace-talks');
    expect(positions.map((p) => `${p.holder}/${p.issue}`)).toEqual(['ukraine/peace-talks']);
    expect((await box.stancelog('positions', '--help')).stdout).toMatch(/--issue <issue> +only this issue, not the issues under it \(see --within\)/);
  });

  it('reads the hierarchy as the log knew it at --known-at: an issue placed under it later is not under it then', async () => {
    const positions = await box.json<Listed[]>('positions', '--within', 'peace-talks', '--known-at', '2025-05-20');
    expect(positions.map((p) => `${p.holder}/${p.issue}`)).toEqual([
      'russia/donbas',
      'russia/territorial-concessions',
      'ukraine/donbas',
      'ukraine/territorial-concessions',
    ]);
  });

  it('keeps the contradictions on any issue within it', async () => {
    const found = await box.json<Array<{ type: string; issues: string[] }>>('contradictions', '--within', 'territorial-concessions');
    expect(found.map((c) => `${c.type} ${c.issues.join(',')}`).sort()).toEqual(['incompatible donbas', 'incompatible territorial-concessions']);
    const all = await box.json<Array<{ issues: string[] }>>('contradictions');
    expect(all.some((c) => c.issues.includes('sanctions'))).toBe(true);
  });

  it('keeps the timeline of the positions within it', async () => {
    const entries = await box.json<Listed[]>('timeline', '--within', 'territorial-concessions', '--holder', 'russia');
    expect(entries.map((e) => `${e.holder}/${e.issue}`)).toEqual(['russia/donbas', 'russia/territorial-concessions']);
  });

  it('keeps the events of the log about an issue within it, their definitions too', async () => {
    const events = await box.json<Array<{ type: string; data: { id?: string; issue?: string } }>>('log', '--within', 'territorial-concessions');
    expect(events.map((e) => `${e.type} ${e.data.id ?? e.data.issue}`)).toEqual([
      'issue-defined territorial-concessions',
      'issue-defined donbas',
      'statement-made territorial-concessions',
      'statement-made territorial-concessions',
      'statement-made donbas',
      'statement-made donbas',
    ]);
  });

  it('says what was asked when nothing is within it', async () => {
    const r = await box.stancelog('positions', '--within', 'talks-format', '--holder', 'russia');
    expect([r.code, r.stdout, r.stderr]).toEqual([0, 'no positions (holder russia, within talks-format)\n', '']);
  });

  it('refuses an issue the log never mentions, with the closest, as --issue does', async () => {
    for (const command of ['positions', 'contradictions', 'timeline', 'log']) {
      const r = await box.stancelog(command, '--within', 'peace-talk');
      expect([command, r.code, r.stderr]).toEqual([command, 1, 'stancelog: --within peace-talk: no issue "peace-talk" in the log; did you mean peace-talks?\n']);
    }
  });

  it('refuses --issue and --within together, saying what each takes', async () => {
    for (const command of ['positions', 'contradictions', 'timeline', 'log']) {
      const r = await box.stancelog(command, '--issue', 'donbas', '--within', 'peace-talks');
      expect([command, r.code, r.stderr]).toEqual([
        command,
        1,
        'stancelog: --issue donbas and --within peace-talks: give one (--issue takes the issue alone, --within the issue and the issues under it)\n',
      ]);
    }
  });
});

describe('contradictions --watch --within', () => {
  it('prints the changes on an issue within it, by the hierarchy as the log grows, and no other', async () => {
    const w = watching(box.dir, ['--within', 'peace-talks']);
    try {
      await w.until((out) => out.stderr.includes('watching'));
      box.write('more.jsonl', [
        { ...says('ukraine', 'sanctions', 'accept', '-', 'the sanctions can go'), statedAt: '2025-06-02', recordedAt: '2025-06-03T09:00:00Z' },
        // A new issue under the talks, and a clash on it.
        defined('prisoners', 'peace-talks', '2025-06-03T09:00:00Z'),
        { ...says('russia', 'prisoners', 'demand', '+', 'all for all'), recordedAt: '2025-06-03T09:00:00Z' },
        { ...says('ukraine', 'prisoners', 'red-line', '-', 'not all for all'), recordedAt: '2025-06-03T09:00:00Z' },
      ]);
      expect((await box.stancelog('append', 'more.jsonl')).code).toBe(0);
      await w.until((out) => out.stdout.includes('opened'));
      expect(w.out.stdout.split('\n').filter((l) => l.startsWith('#'))).toEqual([
        expect.stringMatching(/^#\d+ +opened +incompatible on prisoners \(russia, ukraine\)/),
      ]);
    } finally {
      w.stop();
      await w.code;
    }
  });
});

describe('contradictions --watch --within, as issues are placed under the watched one or moved out', () => {
  let own: Sandbox;
  beforeEach(async () => {
    own = sandbox();
    own.write('talks.jsonl', [
      defined('peace-talks'),
      defined('prisoners'),
      says('russia', 'prisoners', 'demand', '+', 'all for all'),
      says('ukraine', 'prisoners', 'red-line', '-', 'not all for all'),
    ]);
    expect((await own.stancelog('append', 'talks.jsonl')).code).toBe(0);
  });
  afterEach(() => own.remove());

  it('shows the contradictions of an issue placed under it when it is placed, and says those of one moved out when it is moved (a leftover of stop 50)', async () => {
    const w = watching(own.dir, ['--within', 'peace-talks']);
    try {
      await w.until((out) => out.stderr.includes('watching'));
      expect(w.out.stdout).toBe('no contradictions (within peace-talks)\n');
      own.write('placed.jsonl', [defined('prisoners', 'peace-talks', '2025-06-03T09:00:00Z')]);
      expect((await own.stancelog('append', 'placed.jsonl')).code).toBe(0);
      await w.until((out) => out.stdout.includes('placed'));
      // Defined anew without a parent (in other words: the same definition as the first would be no new event).
      own.write('moved.jsonl', [{ type: 'issue-defined', data: { id: 'prisoners', title: 'Prisoner exchange', proposition: 'prisoners are exchanged' }, recordedAt: '2025-06-04T09:00:00Z' }]);
      expect((await own.stancelog('append', 'moved.jsonl')).code).toBe(0);
      await w.until((out) => out.stdout.includes('moved out'));
      expect(w.out.stdout.split('\n').filter((l) => l.startsWith('#'))).toEqual([
        '#5  placed    incompatible on prisoners (russia, ukraine) [incompatible] since 2025-05-16, open: its issue is placed within the one watched',
        '#6  moved out incompatible on prisoners (russia, ukraine) [incompatible]: its issues are no longer within the one watched',
      ]);
    } finally {
      w.stop();
      await w.code;
    }
  });

  it('gives them in JSON as placed and movedOut, beside the changes', async () => {
    const w = watching(own.dir, ['--within', 'peace-talks', '--json']);
    try {
      await w.until((out) => out.stderr.includes('watching'));
      own.write('placed.jsonl', [defined('prisoners', 'peace-talks', '2025-06-03T09:00:00Z')]);
      expect((await own.stancelog('append', 'placed.jsonl')).code).toBe(0);
      await w.until((out) => out.stdout.includes('"placed"'));
      const change = JSON.parse(w.out.stdout.trim().split('\n').pop()!);
      expect([change.at, change.opened, change.gone, change.placed.map((c: { issues: string[] }) => c.issues), change.movedOut]).toEqual([5, [], [], [['prisoners']], []]);
    } finally {
      w.stop();
      await w.code;
    }
  });
});
