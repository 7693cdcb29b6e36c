// `stancelog graph`: the precondition graph of the Ukraine demo's log; the expectations come from core's
// preconditionEdges and the demo's open circular-precondition contradiction.
import { parse } from 'csv-parse/sync';
import { analysis, contradictionList, preconditionEdges, replay } from '@stancelog/core';
import type { StoredEvent } from '@stancelog/core';
import type { GraphEdgeView } from '@stancelog/cli';
import { stored, statement } from '@stancelog/testing';
import { dotGraph, mermaidGraph } from '../src/graph-drawing.js';
import { graphEdgeViews } from '../src/graph.js';
import { analysedDemo as analysed, demoSandbox } from './demo-analysis.js';
import { sandbox } from './harness.js';
import type { Sandbox } from './harness.js';

let box: Sandbox;
beforeAll(async () => {
  box = await demoSandbox();
});
afterAll(() => box.remove());

const DEADLOCK = 'circular-precondition:ceasefire>peace-talks,territorial-concessions>ceasefire';

describe('stancelog graph', () => {
  it("prints a row per holder of each of core's edges, with the open deadlock on the cycle's edges", async () => {
    const r = await box.stancelog('graph');
    expect(r.code).toBe(0);
    const [header, ...rows] = r.stdout.trimEnd().split('\n').map((l) => l.split(/ {2,}/));
    expect(header).toEqual(['holder', 'first', 'then', 'stance', 'evidence', 'deadlocks']);
    const edges = preconditionEdges(await analysed());
    expect(rows.length).toBe(edges.reduce((n, e) => n + e.holders.length, 0));
    expect(rows).toContainEqual(['russia', 'territorial-concessions +', 'ceasefire', '-', 'own words', DEADLOCK]);
    expect(rows).toContainEqual(['ukraine', 'security-guarantees +', 'peace-talks', '+', 'own words']);
    const [open] = contradictionList(await analysed(), { type: 'circular-precondition', status: 'open' });
    expect(open!.id).toBe(DEADLOCK);
  });

  it('prints with --json the edges with their terms and the deadlocks each lies on', async () => {
    const edges = await box.json<GraphEdgeView[]>('graph');
    expect(edges).toEqual(graphEdgeViews(await analysed()));
    expect(edges.map((e) => [e.from, e.to, e.deadlocks.length])).toEqual([
      ['ceasefire', 'peace-talks', 1],
      ['security-guarantees', 'peace-talks', 0],
      ['territorial-concessions', 'ceasefire', 1],
    ]);
    expect(Object.keys(edges[0]!)).toEqual(['from', 'to', 'holders', 'terms', 'deadlocks']);
  });

  it("filters by holder (its own terms only), by issue (from or to it) and to the deadlocks' edges", async () => {
    const holders = (edges: GraphEdgeView[]) => edges.map((e) => `${e.from}>${e.to}:${e.holders.join('+')}`);
    expect(holders(await box.json<GraphEdgeView[]>('graph', '--holder', 'germany'))).toEqual(['ceasefire>peace-talks:germany']);
    expect(holders(await box.json<GraphEdgeView[]>('graph', '--issue', 'ceasefire'))).toEqual(['ceasefire>peace-talks:germany+ukraine', 'territorial-concessions>ceasefire:russia']);
    expect(holders(await box.json<GraphEdgeView[]>('graph', '--deadlocks'))).toEqual(['ceasefire>peace-talks:germany+ukraine', 'territorial-concessions>ceasefire:russia']);
  });

  it('keeps with --within the edges from or to an issue or one under it, where --issue takes the issue alone, and refuses both at once', async () => {
    const edges = (list: GraphEdgeView[]) => list.map((e) => `${e.from}>${e.to}`);
    // territorial-concessions and security-guarantees are parts of peace-talks in the demo's register.
    expect(edges(await box.json<GraphEdgeView[]>('graph', '--within', 'peace-talks'))).toEqual(['ceasefire>peace-talks', 'security-guarantees>peace-talks', 'territorial-concessions>ceasefire']);
    expect(edges(await box.json<GraphEdgeView[]>('graph', '--issue', 'peace-talks'))).toEqual(['ceasefire>peace-talks', 'security-guarantees>peace-talks']);
    expect(edges(await box.json<GraphEdgeView[]>('graph', '--within', 'territorial-concessions'))).toEqual(['territorial-concessions>ceasefire']);
    const both = await box.stancelog('graph', '--issue', 'ceasefire', '--within', 'peace-talks');
    expect([both.code, both.stderr]).toEqual([1, 'stancelog: --issue ceasefire and --within peace-talks: give one (--issue takes the issue alone, --within the issue and the issues under it)\n']);
    const typo = await box.stancelog('graph', '--within', 'peace-talk');
    expect([typo.code, typo.stderr]).toEqual([1, expect.stringContaining('--within peace-talk: no issue "peace-talk" in the log; did you mean peace-talks?')]);
  });

  it('reads the graph as of a date: no deadlock before Russia set its condition', async () => {
    const may = await box.json<GraphEdgeView[]>('graph', '--as-of', '2025-05-31');
    expect(may.length).toBeGreaterThan(0);
    expect(may.every((e) => e.deadlocks.length === 0)).toBe(true);
    expect(may).toEqual(graphEdgeViews(await analysed({ validTime: '2025-05-31' })));
  });

  it('writes with --csv the rows of the table, which read back as --json says', async () => {
    const r = await box.stancelog('graph', '--csv', '--separator', ';');
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { columns: true, delimiter: ';' }) as Array<Record<string, string>>;
    const edges = graphEdgeViews(await analysed());
    expect(rows).toEqual(edges.flatMap((e) => e.terms.map((t) => ({ holder: t.holder, first: `${e.from} ${t.condition}`, then: e.to, stance: t.stance, evidence: 'own words', deadlocks: e.deadlocks.join('; ') }))));
  });

  it('writes Graphviz DOT: issues by title, edges labelled with the holders, the deadlock in red through the sub-issue it closes on', async () => {
    const r = await box.stancelog('graph', '--dot');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('digraph preconditions {');
    expect(lines).toContain('  "territorial-concessions" [label="Territorial concessions"];');
    expect(lines).toContain('  "territorial-concessions" -> "ceasefire" [label="Russia", color="#b91c1c", fontcolor="#b91c1c", penwidth=2];');
    expect(lines).toContain('  "security-guarantees" -> "peace-talks" [label="Ukraine"];');
    // The cycle reaches peace-talks and goes on from territorial-concessions, a part of it; security-guarantees is on no cycle.
    expect(lines).toContain('  "peace-talks" -> "territorial-concessions" [label="includes", style=dashed, color="#b91c1c", fontcolor="#b91c1c", penwidth=2];');
    expect(lines).toContain('  "peace-talks" -> "security-guarantees" [label="includes", style=dashed];');
    expect(lines.slice(-2)).toEqual(['}', '']);
  });

  it('writes a Mermaid flowchart whose linkStyle colours the links of the deadlock, counted as Mermaid counts links', async () => {
    const r = await box.stancelog('graph', '--mermaid');
    expect([r.code, r.stderr]).toEqual([0, '']);
    const lines = r.stdout.trimEnd().split('\n');
    const links = lines.filter((l) => / (-->|-\.->)/.test(l));
    const styled = lines.find((l) => l.includes('linkStyle'))!.trim().split(' ')[1]!.split(',').map(Number);
    expect(styled.map((i) => links[i])).toEqual(['  i0 -->|"Germany, Ukraine"| i1', '  i3 -->|"Russia"| i0', '  i1 -.->|includes| i3']);
  });

  it("says whose report a holder's term rests on, where its position is a third party's account, as positions marks it reported", async () => {
    const reported = sandbox();
    try {
      // France never spoke for itself; Germany's account of Russia's terms came five days after Russia's own word, which it does not set.
      reported.write('talks.jsonl', [
        { type: 'actor-registered', data: { id: 'germany', kind: 'state', name: 'Germany' } },
        { type: 'actor-registered', data: { id: 'france', kind: 'state', name: 'France' } },
        statement({ holder: 'france', issue: 'peace-talks', kind: 'support', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '+' }], speaker: { name: 'A German minister', actor: 'germany' }, statedAt: '2025-03-26' }),
        statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', conditions: [{ issue: 'peace-talks', polarity: '+' }], statedAt: '2025-03-20' }),
        statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', conditions: [{ issue: 'sanctions-relief', polarity: '+' }], speaker: { name: 'A German minister', actor: 'germany' }, statedAt: '2025-03-25' }),
      ]);
      expect((await reported.stancelog('append', 'talks.jsonl')).code).toBe(0);
      const edges = await reported.json<GraphEdgeView[]>('graph');
      expect(edges.map((e) => [e.from, e.to, e.terms])).toEqual([
        ['ceasefire', 'peace-talks', [{ holder: 'france', condition: '+', stance: '+', reportedBy: 'germany' }]],
        ['peace-talks', 'ceasefire', [{ holder: 'russia', condition: '+', stance: '-', reportedBy: null }]],
      ]);
      const rows = (await reported.stancelog('graph')).stdout.trimEnd().split('\n').map((l) => l.split(/ {2,}/).slice(0, 5));
      expect(rows).toEqual([
        ['holder', 'first', 'then', 'stance', 'evidence'],
        ['france', 'ceasefire +', 'peace-talks', '+', 'reported by germany'],
        ['russia', 'peace-talks +', 'ceasefire', '-', 'own words'],
      ]);
      expect((await reported.stancelog('graph', '--dot')).stdout).toContain('  "ceasefire" -> "peace-talks" [label="France (reported by Germany)"');
    } finally {
      reported.remove();
    }
  });

  it('warns on stderr when the Mermaid chart has more links than Mermaid draws (500), and writes it all the same', async () => {
    const wide = sandbox();
    try {
      // 501 holders, each wanting a step of its own first: 501 edges.
      wide.write('talks.jsonl', Array.from({ length: 501 }, (_, n) => statement({ holder: `h${n}`, issue: `step-${n}`, kind: 'demand', polarity: '+', conditions: [{ issue: `first-${n}`, polarity: '+' }], statedAt: '2025-03-13' })));
      expect((await wide.stancelog('append', 'talks.jsonl')).code).toBe(0);
      const all = await wide.stancelog('graph', '--mermaid');
      expect(all.code).toBe(0);
      expect(all.stdout.split('\n').filter((l) => l.includes(' -->|')).length).toBe(501);
      expect(all.stderr).toBe('stancelog: warning: the chart has 501 links, where Mermaid draws 500 at most (its maxEdges): narrow it with --deadlocks, --issue, --within or --holder, or draw it with --dot\n');
      expect((await wide.stancelog('graph', '--mermaid', '--holder', 'h7')).stderr).toBe('');
    } finally {
      wide.remove();
    }
  });

  it('refuses two output formats at once, and names a holder the log never mentions', async () => {
    const two = await box.stancelog('graph', '--dot', '--json');
    expect([two.code, two.stderr.trim()]).toEqual([1, 'stancelog: --json and --dot: give one output format (--json, --csv, --dot or --mermaid)']);
    const typo = await box.stancelog('graph', '--holder', 'rusia');
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('--holder rusia: no actor "rusia" in the log; did you mean russia?');
  });

  it('says so when the log holds no precondition, and prints an empty drawing', async () => {
    const empty = sandbox();
    try {
      empty.write('talks.jsonl', [statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', statedAt: '2025-03-13' })]);
      expect((await empty.stancelog('append', 'talks.jsonl')).code).toBe(0);
      expect((await empty.stancelog('graph')).stdout).toBe('no preconditions\n');
      expect((await empty.stancelog('graph', '--dot')).stdout).toBe('digraph preconditions {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n}\n');
      expect((await empty.stancelog('graph', '--mermaid')).stdout).toBe('flowchart LR\n');
    } finally {
      empty.remove();
    }
  });
});

describe('the drawings of the graph', () => {
  // An issue titled with quotes, a backslash and a line break; a holder whose condition is that an issue does not hold first.
  const events: StoredEvent[] = stored([
    { type: 'issue-defined', data: { id: 'minsk', title: 'The "Minsk" format \\ old\nstyle', proposition: 'Talks follow the Minsk format' } },
    statement({ holder: 'russia', issue: 'minsk', kind: 'demand', polarity: '+', conditions: [{ issue: 'nato-membership', polarity: '-' }], statedAt: '2025-03-13' }),
  ]);
  const state = replay(analysis(), events);
  const views = graphEdgeViews(state);

  it('escapes a title in DOT, and marks a condition that an issue not hold first with (not)', () => {
    const dot = dotGraph(views, state.registry);
    expect(dot).toContain('  "minsk" [label="The \\"Minsk\\" format \\\\ old style"];\n');
    expect(dot).toContain('  "nato-membership" -> "minsk" [label="russia (not)"];\n');
  });

  it('breaks a long title in DOT into lines of 30 characters at most, at spaces, where Graphviz drew a box as wide as the title', () => {
    const long = stored([
      { type: 'issue-defined', data: { id: 'guarantees', title: 'Security guarantees backed by a standing European reassurance force', proposition: 'Guarantees are given' } },
      { type: 'issue-defined', data: { id: 'codes', title: 'Supercalifragilisticexpialidocious-and-more codes', proposition: 'Codes are shared' } },
      statement({ holder: 'ukraine', issue: 'guarantees', kind: 'demand', polarity: '+', conditions: [{ issue: 'codes', polarity: '+' }], statedAt: '2025-03-13' }),
    ]);
    const after = replay(analysis(), long);
    const dot = dotGraph(graphEdgeViews(after), after.registry);
    expect(dot).toContain('  "guarantees" [label="Security guarantees backed by\\na standing European\\nreassurance force"];\n');
    // A word longer than a line keeps a line of its own, whole.
    expect(dot).toContain('  "codes" [label="Supercalifragilisticexpialidocious-and-more\\ncodes"];\n');
  });

  it("writes an & in DOT as its entity, as Graphviz reads a label's entities: a title holding &amp; or &lt; draws as written", () => {
    const marked = stored([
      { type: 'issue-defined', data: { id: 'q-and-a', title: 'Q&A &amp; &lt;b&gt; <b>', proposition: 'Questions are answered' } },
      statement({ holder: 'russia', issue: 'q-and-a', kind: 'demand', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '+' }], statedAt: '2025-03-13' }),
    ]);
    const after = replay(analysis(), marked);
    expect(dotGraph(graphEdgeViews(after), after.registry)).toContain('  "q-and-a" [label="Q&amp;A &amp;amp; &amp;lt;b&amp;gt; <b>"];\n');
  });

  it('draws red each includes link a deadlock goes down, one per issue of the graph on the way to a grandchild', () => {
    // Ukraine wants a ceasefire before peace talks, Russia Crimea before a ceasefire: Crimea is a part of territory, a part of the talks.
    const hierarchy = stored([
      { type: 'issue-defined', data: { id: 'peace-talks', title: 'Peace talks', proposition: 'Talks are held' } },
      { type: 'issue-defined', data: { id: 'territory', title: 'Territory', proposition: 'Territory is ceded', parent: 'peace-talks' } },
      { type: 'issue-defined', data: { id: 'crimea', title: 'Crimea', proposition: 'Crimea is ceded', parent: 'territory' } },
      statement({ holder: 'ukraine', issue: 'peace-talks', kind: 'condition', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '+' }], statedAt: '2025-03-11' }),
      statement({ holder: 'russia', issue: 'ceasefire', kind: 'reject', polarity: '-', conditions: [{ issue: 'crimea', polarity: '+' }], statedAt: '2025-03-12' }),
    ]);
    const red = ', color="#b91c1c", fontcolor="#b91c1c", penwidth=2];';
    const links = (events: StoredEvent[]) => {
      const after = replay(analysis(), events);
      return dotGraph(graphEdgeViews(after), after.registry).split('\n').filter((l) => l.includes('"includes"'));
    };
    // Territory is in no edge: one link, from the talks down to Crimea.
    expect(links(hierarchy)).toEqual([`  "peace-talks" -> "crimea" [label="includes", style=dashed${red}`]);
    // Turkey's condition on territory puts it in the graph: the way down is two links, both on the deadlock.
    const turkey = statement({ holder: 'turkey', issue: 'territory', kind: 'support', polarity: '+', conditions: [{ issue: 'prisoner-exchange', polarity: '+' }], statedAt: '2025-03-13' });
    expect(links(stored([...hierarchy, turkey]))).toEqual([
      `  "territory" -> "crimea" [label="includes", style=dashed${red}`,
      `  "peace-talks" -> "territory" [label="includes", style=dashed${red}`,
    ]);
  });

  it('writes quotes in Mermaid as its entity, and keeps an issue id out of its syntax', () => {
    const text = mermaidGraph(views, state.registry);
    expect(text.split('\n')).toEqual(['flowchart LR', '  i0["The #quot;Minsk#quot; format #92; old style"]', '  i1["nato-membership"]', '  i1 -->|"russia (not)"| i0', '']);
  });

  it("writes in Mermaid what its text reads as markup (HTML's <>&, its own #...; entities, a backslash's \\n, a leading backtick's Markdown) as entity codes, so titles and names draw as written", () => {
    const marked = stored([
      { type: 'issue-defined', data: { id: 'q-and-a', title: '`Q&A` <b>now</b> &amp; #35; a\\nb', proposition: 'Questions are answered' } },
      { type: 'actor-registered', data: { id: 'russia', kind: 'state', name: 'Russia <RU> #1;' } },
      statement({ holder: 'russia', issue: 'q-and-a', kind: 'demand', polarity: '+', conditions: [{ issue: 'ceasefire', polarity: '+' }], statedAt: '2025-03-13' }),
    ]);
    const after = replay(analysis(), marked);
    expect(mermaidGraph(graphEdgeViews(after), after.registry).split('\n')).toEqual([
      'flowchart LR',
      '  i0["ceasefire"]',
      '  i1["#96;Q#38;A#96; #60;b#62;now#60;/b#62; #38;amp; #35;35; a#92;nb"]',
      '  i0 -->|"Russia #60;RU#62; #35;1;"| i1',
      '',
    ]);
  });
});
