import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '@stancelog/cli';
import { russiaDemandsLand, sandbox, ukraineRefusesLand, ukraineWantsCeasefireFirst } from './harness.js';
import type { Sandbox } from './harness.js';

interface Position {
  holder: string;
  issue: string;
  polarity: string;
  kind: string;
  conditions: Array<{ issue: string; polarity: string }>;
  since: string;
  reported: boolean;
  statements: string[];
}
interface Contradiction {
  id: string;
  type: string;
  issues: string[];
  actors: string[];
  since: string;
  until: string | null;
  resolvedBy: string | null;
  status: 'open' | 'resolved';
  statements: string[];
}

const russiaReportedOnCeasefire = {
  holder: 'russia',
  speaker: { name: 'Andriy Yermak', actor: 'ukraine' },
  issue: 'ceasefire',
  kind: 'reject',
  polarity: '-',
  statedAt: '2025-04-23',
  recordedAt: '2025-04-24T08:00:00Z',
  source: { publisher: 'Other Wire', quote: 'according to Kyiv, Moscow still turns down a truce' },
};
const ukraineGivesWay = {
  holder: 'ukraine',
  issue: 'territorial-concessions',
  kind: 'accept',
  polarity: '+',
  statedAt: '2025-09-01',
  recordedAt: '2025-09-02T08:00:00Z',
  source: { publisher: 'Test Wire', quote: 'Kyiv would accept a land swap' },
};

let box: Sandbox;
beforeAll(async () => {
  box = sandbox();
  box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand, ukraineWantsCeasefireFirst, russiaReportedOnCeasefire]);
  const r = await box.stancelog('append', 'talks.jsonl');
  if (r.code !== 0) throw new Error(r.stderr);
});
afterAll(() => box.remove());

describe('stancelog log', () => {
  it('lists the events in log order as an aligned table', async () => {
    const r = await box.stancelog('log');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^#\s+stated\s+recorded\s+type\s+event$/);
    expect(lines[1]).toMatch(/^1\s+2025-05-16\s+2025-05-17\s+statement-made\s+russia demand territorial-concessions \+/);
    // Aligned: every row starts its "type" column at the same offset.
    const at = lines[0]!.indexOf('type');
    for (const line of lines.slice(1)) expect(line.slice(at, at + 'statement-made'.length)).toBe('statement-made');
  });

  it('writes a statement\'s conditions as positions, timeline and explain do: one "if", commas between, a threat\'s marked (trigger) (a review\'s finding)', async () => {
    const local = sandbox();
    try {
      const condition = { holder: 'dockers-union', issue: 'automation-limits', kind: 'condition', polarity: '-', conditions: [{ issue: 'wage-increase', polarity: '+' }, { issue: 'shorter-week', polarity: '+' }], statedAt: '2026-02-12', source: { quote: 'no limits unless pay and hours move' } };
      const threat = { holder: 'dockers-union', issue: 'strike', kind: 'threat', polarity: '+', conditions: [{ issue: 'wage-increase', polarity: '-' }], statedAt: '2026-02-12', source: { quote: 'a strike if pay is refused' } };
      await local.stancelog('append', local.write('talks.jsonl', [condition, threat]));
      const rows = (await local.stancelog('log')).stdout.trimEnd().split('\n').slice(1);
      expect(rows.map((l) => l.split(/\s{2,}/).slice(4).join(' | '))).toEqual([
        'dockers-union condition automation-limits - if wage-increase +, shorter-week +',
        'dockers-union threat strike + if wage-increase - (trigger)',
      ]);
      const positions = (await local.stancelog('positions')).stdout.trimEnd().split('\n').slice(1);
      expect(positions.map((l) => l.split(/\s{2,}/)[4])).toEqual(['if wage-increase +, shorter-week +', 'if wage-increase - (trigger)']);
    } finally {
      local.remove();
    }
  });

  it('shows the end of an office, and the aliases and offices of a registration, so that a resignation or a rename reads as what it is (a review\'s finding, stop 49)', async () => {
    const local = sandbox();
    try {
      const lind = { type: 'actor-registered', data: { id: 'tomas-lind', kind: 'person', name: 'Tomas Lind', offices: [{ actor: 'centre', title: 'Party Leader', from: '2015-09-01' }] } };
      const resigned = { type: 'office-held', data: { person: 'tomas-lind', office: { actor: 'centre', title: 'Party Leader', from: '2015-09-01', until: '2026-02-20' } } };
      const renamed = { type: 'actor-registered', data: { id: 'greens', kind: 'organisation', name: 'Green Future', aliases: ['Green League'] } };
      await local.stancelog('append', local.write('registry.jsonl', [lind, resigned, renamed]));
      const rows = (await local.stancelog('log')).stdout.trimEnd().split('\n').slice(1);
      expect(rows.map((l) => l.split(/\s{2,}/).slice(4).join(' | '))).toEqual([
        'actor tomas-lind: Tomas Lind (person; Party Leader of centre from 2015-09-01)',
        'tomas-lind Party Leader of centre from 2015-09-01 until 2026-02-20',
        'actor greens: Green Future (organisation; also Green League)',
      ]);
    } finally {
      local.remove();
    }
  });

  it('--json writes the fields of each event in one order whichever store gave it, so that the listings of a log and of its copy compare byte for byte (a review\'s finding, stop 50)', async () => {
    // A PostgreSQL row's body begins with its position: the same event, its fields in that order.
    const path = join(box.dir, 'stancelog.jsonl');
    // The first event (a batch's lines follow its batch record).
    const first = readFileSync(path, 'utf8').split('\n').map((line) => (line === '' ? {} : (JSON.parse(line) as Record<string, unknown>))).find((e) => e['position'] === 1)!;
    const { position, ...rest } = first;
    writeFileSync(join(box.dir, 'reordered.jsonl'), JSON.stringify({ position, ...rest }) + '\n');
    const keys = async (store: string) => Object.keys((JSON.parse((await box.stancelog('log', '--json', '--store', store)).stdout) as Array<Record<string, unknown>>)[0]!);
    expect(await keys('reordered.jsonl')).toEqual(['id', 'position', 'recordedAt', 'schema', 'tags', 'type', 'data']);
    expect(await keys('stancelog.jsonl')).toEqual(await keys('reordered.jsonl'));
  });

  it('--holder keeps the statements the actor holds, not those it reports about others', async () => {
    const events = await box.json<Array<{ data: { holder: string } }>>('log', '--holder', 'ukraine');
    expect(events.map((e) => e.data.holder)).toEqual(['ukraine', 'ukraine']);
  });

  it('--issue keeps statements on the issue or conditioned on it', async () => {
    const events = await box.json<Array<{ position: number }>>('log', '--issue', 'ceasefire');
    expect(events.map((e) => e.position)).toEqual([3, 4]);
  });

  it('says in words that no event matches, where the table would have had no rows', async () => {
    const r = await box.stancelog('log', '--holder', 'russia', '--issue', 'peace-talks');
    expect([r.code, r.stdout, r.stderr]).toEqual([0, 'no events (holder russia, issue peace-talks)\n', '']);
    expect((await box.stancelog('log', '--holder', 'russia', '--issue', 'peace-talks', '--json')).stdout.trim()).toBe('[]');
  });

  it('fails with one line when the log does not exist', async () => {
    const r = await box.stancelog('log', '--store', 'missing.jsonl');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^stancelog: no log at missing\.jsonl: .*\n$/);
  });

  it('says so when the missing log was named by $STANCELOG_STORE, not on the command line', async () => {
    const r = await sandbox({ STANCELOG_STORE: 'nope.jsonl' }).stancelog('log');
    expect([r.code, r.stderr]).toEqual([1, expect.stringMatching(/^stancelog: no log at nope\.jsonl: .* \(the log named by \$STANCELOG_STORE\)\n$/)]);
    // Named with --store, the variable is not what named it.
    expect((await sandbox({ STANCELOG_STORE: 'nope.jsonl' }).stancelog('log', '--store', 'other.jsonl')).stderr).not.toMatch(/STANCELOG_STORE/);
  });
});

describe('stancelog positions', () => {
  it('prints the contract fields for each holder x issue', async () => {
    const positions = await box.json<Position[]>('positions');
    const land = positions.find((p) => p.holder === 'russia' && p.issue === 'territorial-concessions');
    expect(land).toMatchObject({ polarity: '+', kind: 'demand', conditions: [], since: '2025-05-16', reported: false });
    expect(land!.statements).toHaveLength(1);
    const talks = positions.find((p) => p.holder === 'ukraine' && p.issue === 'peace-talks');
    expect(talks!.conditions).toEqual([{ issue: 'ceasefire', polarity: '+' }]);
    const truce = positions.find((p) => p.holder === 'russia' && p.issue === 'ceasefire');
    expect(truce!.reported).toBe(true);
  });

  it('--holder and --issue filter the list', async () => {
    const positions = await box.json<Position[]>('positions', '--holder', 'ukraine', '--issue', 'territorial-concessions');
    expect(positions.map((p) => [p.holder, p.issue, p.polarity])).toEqual([['ukraine', 'territorial-concessions', '-']]);
  });

  it('--as-of leaves out what was stated later', async () => {
    const positions = await box.json<Position[]>('positions', '--as-of', '2025-04-30');
    expect(positions.map((p) => `${p.holder}/${p.issue}`).sort()).toEqual(['russia/ceasefire', 'ukraine/peace-talks']);
  });

  it('--known-at leaves out what the log learnt later', async () => {
    const positions = await box.json<Position[]>('positions', '--known-at', '2025-06-01');
    expect(positions.some((p) => p.issue === 'peace-talks')).toBe(false);
    expect(positions).toHaveLength(3);
  });

  it('says, when nothing was recorded by --known-at, when the log first recorded something, and that --as-of asks when things were said', async () => {
    // The log was imported with its events' own recording dates: the earliest (2025-04-24) is not its first event's.
    const r = await box.stancelog('positions', '--known-at', '2025-04-01');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      "stancelog: nothing was recorded by 2025-04-01 (the log's earliest event was recorded on 2025-04-24): --known-at asks what the log had learnt by a date; --as-of asks what had been said by then\n",
    );
    const c = await box.stancelog('contradictions', '--known-at', '2025-04-01');
    expect([c.code, c.stderr]).toEqual([0, r.stderr]);
    // Something known by then, though no contradiction: the empty answer stands alone.
    const some = await box.stancelog('contradictions', '--known-at', '2025-04-30');
    expect([some.code, some.stdout, some.stderr]).toEqual([0, 'no contradictions (known at 2025-04-30)\n', '']);
  });

  it("says, when only the register was recorded by --known-at, when the log first recorded a statement, in positions, contradictions, timeline, diff and report alike (a review's finding, stop 53)", async () => {
    const own = sandbox();
    try {
      own.write('registry.jsonl', [{ type: 'actor-registered', data: { id: 'russia', kind: 'state', name: 'Russia' }, recordedAt: '2025-05-01T08:00:00Z' }]);
      own.write('talks.jsonl', [russiaDemandsLand]);
      expect((await own.stancelog('append', 'registry.jsonl')).code).toBe(0);
      expect((await own.stancelog('append', 'talks.jsonl')).code).toBe(0);
      const said =
        "stancelog: no statement was recorded by 2025-05-10, only the register (the log's earliest statement was recorded on 2025-05-17): --known-at asks what the log had learnt by a date; --as-of asks what had been said by then\n";
      for (const argv of [
        ['positions'],
        ['contradictions'],
        ['timeline'],
        ['timeline', '--holder', 'russia'],
        ['diff', '--from', '2025-05-01', '--to', '2025-05-31'],
        ['report', '--out', 'site'],
      ]) {
        const r = await own.stancelog(...argv, '--known-at', '2025-05-10');
        expect([argv.join(' '), r.code, r.stderr]).toEqual([argv.join(' '), 0, said]);
      }
      // Once a statement was recorded, the answer stands alone.
      expect((await own.stancelog('timeline', '--known-at', '2025-05-17')).stderr).toBe('');
    } finally {
      own.remove();
    }
  });

  it('prints a table with a header and one row per position', async () => {
    const r = await box.stancelog('positions', '--holder', 'russia');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^holder\s+issue\s+stance\s+kind\s+conditions\s+since/);
    expect(lines.slice(1).map((l) => l.split(/\s+/).slice(0, 3).join(' '))).toEqual([
      'russia ceasefire -',
      'russia territorial-concessions +',
    ]);
  });

  it('shows in the table a stance made firm and restated more softly as both, the kind said last and the firmness held', async () => {
    const local = sandbox();
    try {
      const softer = { ...ukraineRefusesLand, kind: 'reject', statedAt: '2025-06-02', recordedAt: '2025-06-03T09:00:00Z', source: { publisher: 'Test Wire', quote: 'we reject any cession' } };
      await local.stancelog('append', local.write('talks.jsonl', [ukraineRefusesLand, softer, russiaDemandsLand]));
      const rows = (await local.stancelog('positions')).stdout.trimEnd().split('\n').slice(1);
      // The contradiction it keeps open calls it a red line: the table must not read as a plain refusal.
      expect(rows.map((l) => l.split(/\s{2,}/).slice(0, 4).join(' | '))).toEqual([
        'russia | territorial-concessions | + | demand',
        'ukraine | territorial-concessions | - | reject (red-line held)',
      ]);
    } finally {
      local.remove();
    }
  });

  it('marks a threat\'s trigger among the conditions, in the table and as triggers in JSON, and a precondition not', async () => {
    const local = sandbox();
    try {
      const threat = { holder: 'united-states', issue: 'sanctions', kind: 'threat', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '-' }], statedAt: '2025-06-02', source: { quote: 'sanctions if the truce is refused' } };
      const precondition = { holder: 'russia', issue: 'ceasefire', kind: 'condition', polarity: '+', conditions: [{ issue: 'sanctions', polarity: '-' }], statedAt: '2025-06-03', source: { quote: 'a truce once sanctions are lifted' } };
      await local.stancelog('append', local.write('talks.jsonl', [threat, precondition]));
      const rows = (await local.stancelog('positions')).stdout.trimEnd().split('\n').slice(1);
      expect(rows.map((l) => l.split(/\s{2,}/).slice(0, 5).join(' | '))).toEqual([
        'russia | ceasefire | + | condition | if sanctions -',
        'united-states | sanctions | + | threat | if ceasefire - (trigger)',
      ]);
      const json = JSON.parse((await local.stancelog('positions', '--json')).stdout) as Array<Position & { triggers: Position['conditions'] }>;
      expect(json.map((p) => [p.holder, p.conditions, p.triggers])).toEqual([
        ['russia', [{ issue: 'sanctions', polarity: '-' }], []],
        ['united-states', [{ issue: 'ceasefire', polarity: '-' }], [{ issue: 'ceasefire', polarity: '-' }]],
      ]);
      // No deadlock: what sets the threat off is no step the United States wants first.
      expect(JSON.parse((await local.stancelog('contradictions', '--json', '--type', 'circular-precondition')).stdout)).toEqual([]);
    } finally {
      local.remove();
    }
  });

  it('refuses a date it cannot read, with exit code 1', async () => {
    const r = await box.stancelog('positions', '--as-of', '16 May');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('stancelog: --as-of "16 May": not a date or timestamp (expected YYYY-MM-DD, YYYY-MM, YYYY-Www or an ISO timestamp)\n');
  });
});

describe('stancelog contradictions', () => {
  it('finds the incompatible stances on territory, dated, with their statements', async () => {
    const found = await box.json<Contradiction[]>('contradictions');
    const land = found.filter((c) => c.type === 'incompatible' && c.issues.includes('territorial-concessions'));
    expect(land).toHaveLength(1);
    expect(land[0]).toMatchObject({ actors: ['russia', 'ukraine'], since: '2025-05-16', until: null, resolvedBy: null, status: 'open' });
    expect(land[0]!.statements).toHaveLength(2);
    expect(typeof land[0]!.id).toBe('string');
  });

  it('refuses an unknown --type, naming it and the types there are, rather than printing nothing', async () => {
    const r = await box.stancelog('contradictions', '--type', 'bogus');
    expect(r).toEqual({
      code: 1,
      stdout: '',
      // Perhaps the type of a rule of one's own, whose module was not given.
      stderr: 'stancelog: --type "bogus": expected one of incompatible, circular-precondition, reversal, conflicting-reports, self-contradiction; bogus is not a built-in type: give --rules FILE with the rule that finds it?\n',
    });
    const known = await box.json<Contradiction[]>('contradictions', '--type', 'incompatible');
    expect(known.length).toBeGreaterThan(0);
    expect(known.every((c) => c.type === 'incompatible')).toBe(true);
  });

  it('names the type or status meant when --type or --status is a slip of a letter from one', async () => {
    const type = await box.stancelog('contradictions', '--type', 'reversals');
    expect([type.code, type.stderr]).toEqual([1, 'stancelog: --type "reversals": expected one of incompatible, circular-precondition, reversal, conflicting-reports, self-contradiction; did you mean reversal?\n']);
    const status = await box.stancelog('contradictions', '--status', 'resolve');
    expect([status.code, status.stderr]).toEqual([1, 'stancelog: --status "resolve": expected open or resolved; did you mean resolved?\n']);
  });

  it('says in words that it found nothing, with what was asked, where a table would have had no rows', async () => {
    const none = await box.stancelog('contradictions', '--as-of', '2025-01-01', '--type', 'reversal');
    expect([none.code, none.stdout, none.stderr]).toEqual([0, 'no contradictions (type reversal, as of 2025-01-01)\n', '']);
    const positions = await box.stancelog('positions', '--holder', 'russia', '--as-of', '2025-01-01');
    expect([positions.code, positions.stdout]).toEqual([0, 'no positions (holder russia, as of 2025-01-01)\n']);
    // JSON stays an empty array, for programs.
    expect((await box.stancelog('positions', '--as-of', '2025-01-01', '--json')).stdout.trim()).toBe('[]');
  });

  it('--as-of before the stances finds nothing', async () => {
    expect(await box.json<Contradiction[]>('contradictions', '--as-of', '2025-05-15')).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ issues: ['territorial-concessions'] })]),
    );
  });

  it('shows a contradiction as resolved, with its end, once a side changes', async () => {
    const later = sandbox();
    try {
      later.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand, ukraineGivesWay]);
      await later.stancelog('append', 'talks.jsonl');
      const found = await later.json<Contradiction[]>('contradictions', '--type', 'incompatible');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ status: 'resolved', until: '2025-09-01' });
      // The statement that ended it: Ukraine giving way.
      const events = await later.json<Array<{ id: string; data: { source?: { quote: string } } }>>('log');
      expect(found[0]!.resolvedBy).toBe(events.find((e) => e.data.source?.quote === ukraineGivesWay.source.quote)!.id);
      expect(await later.json<Contradiction[]>('contradictions', '--status', 'open', '--type', 'incompatible')).toEqual([]);
      const before = await later.json<Contradiction[]>('contradictions', '--as-of', '2025-08-31', '--type', 'incompatible');
      expect(before[0]).toMatchObject({ status: 'open', until: null, resolvedBy: null });
      const table = await later.stancelog('contradictions');
      expect(table.stdout).toMatch(/incompatible\s+territorial-concessions\s+russia, ukraine\s+2025-05-16\s+resolved 2025-09-01/);
    } finally {
      later.remove();
    }
  });
});

describe('long lists', () => {
  // 2,400 issues on which two holders take opposite firm stances: 4,800
  // positions and 2,400 contradictions, more than a megabyte of JSON each
  // (written a megabyte at a time).
  const ISSUES = 2400;
  let many: Sandbox;
  beforeAll(async () => {
    many = sandbox();
    const lines = [];
    for (let i = 0; i < ISSUES; i++) {
      lines.push({ ...russiaDemandsLand, issue: `issue-${i}`, source: { quote: `Moscow wants point ${i}` } });
      lines.push({ ...ukraineRefusesLand, issue: `issue-${i}`, source: { quote: `Kyiv refuses point ${i}` } });
    }
    many.write('many.jsonl', lines);
    const r = await many.stancelog('append', 'many.jsonl');
    if (r.code !== 0) throw new Error(r.stderr);
  });
  afterAll(() => many.remove());

  const writesOf = async (...argv: string[]): Promise<string[]> => {
    const writes: string[] = [];
    const code = await run([...argv, '--store', join(many.dir, 'stancelog.jsonl')], {
      stdout: { write: (s: string) => writes.push(s) },
      stderr: { write: (s: string) => writes.push(`stderr: ${s}`) },
      cwd: many.dir,
      env: {},
    });
    expect(code).toBe(0);
    return writes;
  };

  it.each([['positions'], ['contradictions']])('%s writes its JSON and its table piece by piece, never as one string', async (command) => {
    const json = await writesOf(command, '--json');
    expect(json.length).toBeGreaterThan(1);
    // The pieces make the same document as one JSON.stringify of the list would.
    const list = JSON.parse(json.join('')) as unknown[];
    expect(list.length).toBe(command === 'positions' ? 2 * ISSUES : ISSUES);
    expect(json.join('')).toBe(JSON.stringify(list, null, 2) + '\n');
    const table = await writesOf(command);
    expect(table.length).toBeGreaterThan(1);
    expect(table.join('').trimEnd().split('\n')).toHaveLength(list.length + 1);
  });
});
