// The reading commands: filters naming ids the log never mentions, the ids
// `contradictions` prints for `explain`, `report --out` over someone's
// files, a long log as a table, and an empty $STANCELOG_STORE.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { registryEvents } from '../../../examples/ukraine-2025/src/registry.js';
import { statementEvents } from '../../../examples/ukraine-2025/src/statements.js';
import { renderTable, writeTable } from '../src/table.js';
import { russiaDemandsLand, sandbox, ukraineRefusesLand, ukraineWantsCeasefireFirst } from './harness.js';
import type { Sandbox } from './harness.js';

let box: Sandbox;
beforeAll(async () => {
  box = sandbox();
  box.write('talks.jsonl', [russiaDemandsLand, ukraineRefusesLand, ukraineWantsCeasefireFirst]);
  const r = await box.stancelog('append', 'talks.jsonl');
  if (r.code !== 0) throw new Error(r.stderr);
});
afterAll(() => box.remove());

describe('a filter naming an id the log never mentions', () => {
  it.each([
    ['positions', '--holder', 'rusia', 'actor', 'russia'],
    ['contradictions', '--actor', 'rusia', 'actor', 'russia'],
    ['log', '--holder', 'Russia', 'actor', 'russia'],
    ['timeline', '--holder', 'ukrain', 'actor', 'ukraine'],
    ['positions', '--issue', 'ceasfire', 'issue', 'ceasefire'],
    ['contradictions', '--issue', 'territorial_concessions', 'issue', 'territorial-concessions'],
    ['log', '--issue', 'peace-talk', 'issue', 'peace-talks'],
    ['timeline', '--issue', 'peacetalks', 'issue', 'peace-talks'],
  ])('%s %s %s is refused with exit 1, with the closest id the log mentions', async (command, option, id, kind, closest) => {
    const r = await box.stancelog(command, option, id);
    expect(r).toEqual({ code: 1, stdout: '', stderr: `stancelog: ${option} ${id}: no ${kind} "${id}" in the log; did you mean ${closest}?\n` });
  });

  it.each([
    ['positions', '--holder', 'LP', 'actor', 'LP is an alias of liberals'],
    ['timeline', '--holder', 'the liberals', 'actor', 'the liberals is an alias of liberals'],
    // Without its "the", as the register compares names (a review of a port strike: "--holder union" listed ids).
    ['positions', '--holder', 'Liberals', 'actor', 'Liberals is an alias of liberals'],
    ['contradictions', '--issue', 'the wealth tax', 'issue', 'the wealth tax is the title of wealth-tax'],
    ['log', '--holder', 'Liberal Party', 'actor', 'Liberal Party is the name of liberals'],
    ['contradictions', '--issue', 'Wealth tax', 'issue', 'Wealth tax is the title of wealth-tax'],
  ])('%s %s %s, a name or alias the registry gives an id, names that id', async (command, option, name, kind, says) => {
    const named = sandbox();
    try {
      named.write('talks.jsonl', [
        { type: 'actor-registered', data: { id: 'liberals', kind: 'organisation', name: 'Liberal Party', aliases: ['LP'] } },
        { type: 'alias-added', data: { actor: 'liberals', alias: 'the Liberals' } },
        { type: 'issue-defined', data: { id: 'wealth-tax', title: 'Wealth tax', proposition: 'a tax on net wealth is introduced' } },
        { holder: 'liberals', issue: 'wealth-tax', kind: 'red-line', polarity: '-', statedAt: '2026-06-09', source: { quote: 'no wealth tax with us' } },
      ]);
      expect((await named.stancelog('append', 'talks.jsonl')).code).toBe(0);
      const id = kind === 'actor' ? 'liberals' : 'wealth-tax';
      const r = await named.stancelog(command, option, name);
      expect(r).toEqual({ code: 1, stdout: '', stderr: `stancelog: ${option} ${name}: no ${kind} ${JSON.stringify(name)} in the log; ${says}: ${option} ${id}\n` });
    } finally {
      named.remove();
    }
  });

  it.each([
    ['Green League', 'Green League is a former name of greens'],
    ['Greens', 'Greens is an alias of greens'],
    ['Green Future', 'Green Future is the name of greens'],
    ['Social Democrats', 'Social Democrats is an alias of sdp'],
  ])('--holder %s, after a party renamed itself, says whether the name is its name, an alias or a former name (a review\'s finding, stop 49)', async (name, says) => {
    const renamed = sandbox();
    try {
      renamed.write('talks.jsonl', [
        { type: 'actor-registered', data: { id: 'greens', kind: 'organisation', name: 'Green League', aliases: ['Greens'] } },
        { type: 'actor-registered', data: { id: 'sdp', kind: 'organisation', name: 'Social Democrats' } },
        { type: 'actor-registered', data: { id: 'greens', kind: 'organisation', name: 'Green Future' } },
        // A rename that keeps the old name as an alias.
        { type: 'actor-registered', data: { id: 'sdp', kind: 'organisation', name: 'Social Democratic Party', aliases: ['Social Democrats'] } },
        { holder: 'greens', issue: 'wealth-tax', kind: 'support', polarity: '+', statedAt: '2026-06-09', source: { quote: 'a fair share from the richest' } },
      ]);
      expect((await renamed.stancelog('append', 'talks.jsonl')).code).toBe(0);
      const r = await renamed.stancelog('positions', '--holder', name);
      const id = name.startsWith('Social') ? 'sdp' : 'greens';
      expect(r).toEqual({ code: 1, stdout: '', stderr: `stancelog: --holder ${name}: no actor ${JSON.stringify(name)} in the log; ${says}: --holder ${id}\n` });
    } finally {
      renamed.remove();
    }
  });

  it('lists the ids the log mentions when none is close', async () => {
    const r = await box.stancelog('positions', '--holder', 'belgium');
    expect(r.stderr).toBe('stancelog: --holder belgium: no actor "belgium" in the log (its actors: russia, ukraine)\n');
  });

  it('accepts an id the log mentions, even when nothing matches it: an empty answer is then true', async () => {
    // Ceasefire is only a condition of Ukraine's: no one holds a position on it, and Russia holds none on peace talks.
    const ceasefire = await box.stancelog('positions', '--issue', 'ceasefire');
    expect(ceasefire.code).toBe(0);
    expect(ceasefire.stdout.trimEnd().split('\n')).toHaveLength(1);
    const r = await box.stancelog('timeline', '--holder', 'russia', '--issue', 'peace-talks');
    expect(r).toEqual({ code: 0, stdout: 'no statements (holder russia, issue peace-talks)\n', stderr: '' });
    // As positions says it: what was asked, the dates too.
    expect((await box.stancelog('timeline', '--as-of', '2020-01-01')).stdout).toBe('no statements (as of 2020-01-01)\n');
  });
});

describe('stancelog contradictions: the id column', () => {
  let demo: Sandbox;
  beforeAll(async () => {
    demo = sandbox();
    demo.write('talks.jsonl', [...registryEvents, ...statementEvents]);
    const r = await demo.stancelog('append', 'talks.jsonl');
    if (r.code !== 0) throw new Error(r.stderr);
  });
  afterAll(() => demo.remove());

  it('gives each contradiction an id that explain finds, and only it', async () => {
    const all = await demo.json<Array<{ id: string }>>('contradictions');
    const table = await demo.stancelog('contradictions');
    const [header, ...rows] = table.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^id\s+type\s+issues\s+actors\s+since\s+status\s+summary$/);
    expect(rows).toHaveLength(all.length);
    const shortIds = rows.map((row) => row.split(/\s{2,}/)[0]!);
    // Shorter than the ids, where they can be, as `reversal` or `circular-precondition`.
    expect(shortIds.some((s) => !all.some((c) => c.id === s))).toBe(true);
    for (const shortId of shortIds) {
      const explained = await demo.json<{ contradiction: { id: string } }>('explain', shortId);
      expect(shortId.length).toBeGreaterThan(0);
      expect(explained.contradiction.id.startsWith(shortId)).toBe(true);
    }
    expect(new Set(shortIds.map((s) => all.find((c) => c.id.startsWith(s))!.id)).size).toBe(all.length);
  });

  it('keeps the ids of a filtered table unique among all the contradictions, as explain searches them all', async () => {
    const r = await demo.stancelog('contradictions', '--actor', 'united-states', '--issue', 'territorial-concessions');
    const shortId = r.stdout.split('\n')[1]!.split(/\s{2,}/)[0]!;
    const explained = await demo.json<{ contradiction: { id: string; actors: string[] } }>('explain', shortId);
    expect(explained.contradiction.actors).toContain('united-states');
  });
});

describe('stancelog report --out over existing files', () => {
  it('writes over an earlier report without --force', async () => {
    expect((await box.stancelog('report', '--out', 'site')).code).toBe(0);
    const again = await box.stancelog('report', '--out', 'site', '--title', 'Again');
    expect(again.code).toBe(0);
    expect(readFileSync(join(box.dir, 'site', 'index.html'), 'utf8')).toContain('<title>Again</title>');
  });

  it('refuses a folder holding other files, and writes nothing there, unless --force', async () => {
    mkdirSync(join(box.dir, 'www'));
    writeFileSync(join(box.dir, 'www', 'index.html'), '<h1>my own page</h1>');
    writeFileSync(join(box.dir, 'www', 'about.html'), '<h1>about</h1>');
    const r = await box.stancelog('report', '--out', 'www');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "stancelog: --out www: the folder holds other files than a report (about.html); name an empty or new folder, or add --force to write the report's files (index.html, data.json, assets/cytoscape.min.js, assets/cytoscape.LICENSE) into it anyway\n",
    );
    expect(readFileSync(join(box.dir, 'www', 'index.html'), 'utf8')).toBe('<h1>my own page</h1>');
    const forced = await box.stancelog('report', '--out', 'www', '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(join(box.dir, 'www', 'index.html'), 'utf8')).toContain('<title>stancelog report</title>');
    expect(readFileSync(join(box.dir, 'www', 'about.html'), 'utf8')).toBe('<h1>about</h1>');
  });

  it('writes again, without --force, a report cut short before its data (a full disk left only its assets)', async () => {
    mkdirSync(join(box.dir, 'site', 'assets'), { recursive: true });
    writeFileSync(join(box.dir, 'site', 'assets', 'cytoscape.min.js'), '/* cut sh');
    const r = await box.stancelog('report', '--out', 'site');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(readFileSync(join(box.dir, 'site', 'index.html'), 'utf8')).toContain('<title>stancelog report</title>');
  });

  it('refuses a folder whose index.html and data.json are not a report', async () => {
    mkdirSync(join(box.dir, 'docs'));
    writeFileSync(join(box.dir, 'docs', 'index.html'), '<h1>docs</h1>');
    writeFileSync(join(box.dir, 'docs', 'data.json'), '{"pages": 3}');
    const r = await box.stancelog('report', '--out', 'docs');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^stancelog: --out docs: the folder is not empty and holds no stancelog report \(its data\.json is not one\)/);
    expect(readFileSync(join(box.dir, 'docs', 'data.json'), 'utf8')).toBe('{"pages": 3}');
  });
});

describe('a long log as a table', () => {
  // One type far down the log is wider than the others: every line is padded to it.
  const rows = Array.from({ length: 200_000 }, (_, i) => [String(i + 1), '2025-05-16', i === 123_456 ? 'a-much-longer-type-name' : 'statement-made', 'russia demand ceasefire +']);

  it('renders 200 000 rows, padded to the widest cell wherever it is', () => {
    const text = renderTable(['#', 'stated', 'type', 'event'], rows);
    const lines = text.split('\n');
    expect(lines).toHaveLength(200_002);
    expect(lines[1]).toBe('1       2025-05-16  statement-made           russia demand ceasefire +');
    expect(lines[123_457]).toBe('123457  2025-05-16  a-much-longer-type-name  russia demand ceasefire +');
    expect(lines[200_000]).toBe('200000  2025-05-16  statement-made           russia demand ceasefire +');
  });

  it('writes them a thousand rows at a time, not as one string', () => {
    const writes: string[] = [];
    writeTable({ write: (s: string) => writes.push(s) }, ['#', 'stated', 'type', 'event'], rows);
    expect(writes).toHaveLength(200);
    expect(Math.max(...writes.map((w) => w.split('\n').length - 1))).toBe(1001);
  });
});

describe('$STANCELOG_STORE', () => {
  it('is unset when empty, not the working directory', async () => {
    const empty = sandbox({ STANCELOG_STORE: '' });
    try {
      empty.write('talks.jsonl', [russiaDemandsLand]);
      const r = await empty.stancelog('append', 'talks.jsonl');
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(r.stdout).toMatch(/^appended 1 event to stancelog\.jsonl\n/);
    } finally {
      empty.remove();
    }
  });
});
